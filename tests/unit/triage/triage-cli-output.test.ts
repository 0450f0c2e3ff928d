import { describe, expect, it } from 'vitest';
import { parseTriageUsername } from '../../../src/cli/commands/triage.js';
import { formatTriageList, triageJson } from '../../../src/cli/commands/triage-output.js';
import { CliError, EXIT } from '../../../src/cli/run-command.js';

/** What `triage list` prints and how `triage request --username` reads its value. */

const now = new Date('2026-12-07T12:00:00Z');
const rows = [
  { reference: 'DR-2026-00007', receivedAt: new Date('2026-11-01T08:00:00Z'), dueAt: new Date('2026-12-01T08:00:00Z'), language: 'pt', extended: false },
  { reference: 'DR-2026-00012', receivedAt: new Date('2026-12-05T09:30:00Z'), dueAt: new Date('2027-01-04T09:30:00Z'), language: 'en', extended: true },
];

describe('triage list output', () => {
  it('lines up reference, age, received, due, language and standing, saying OVERDUE in capitals', () => {
    expect(formatTriageList(rows, now).split('\n')).toEqual([
      'REFERENCE         AGE  RECEIVED    DUE         LANG  STANDING',
      'DR-2026-00007     36d  2026-11-01  2026-12-01  pt    OVERDUE BY 6 DAYS',
      'DR-2026-00012      2d  2026-12-05  2027-01-04  en    due in 27 days, extended',
      '',
    ]);
  });

  it('--json gives one object a line with the same facts', () => {
    expect(triageJson(rows[0]!, now)).toEqual({
      reference: 'DR-2026-00007', ageDays: 36, receivedAt: '2026-11-01T08:00:00.000Z', dueAt: '2026-12-01T08:00:00.000Z',
      language: 'pt', overdue: true, extended: false,
    });
  });
});

describe('triage request --username', () => {
  it('takes a handle with or without @, in any case', () => {
    expect(parseTriageUsername('@Jane.Doe')).toBe('jane.doe');
    expect(parseTriageUsername(' jane_doe_2 ')).toBe('jane_doe_2');
    expect(parseTriageUsername(undefined)).toBeNull();
  });

  it('refuses what Instagram does not allow as a usage error that says what to write', () => {
    for (const bad of ['', '@', 'jane doe', 'jane@doe.com', 'a'.repeat(31), '.jane', 'jane..doe', '1234']) {
      let err: unknown;
      try {
        parseTriageUsername(bad);
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(EXIT.usage);
      expect((err as CliError).message).toContain('--username must be an Instagram username');
      expect((err as CliError).message).toContain('e.g. --username @jane.doe');
    }
  });
});
