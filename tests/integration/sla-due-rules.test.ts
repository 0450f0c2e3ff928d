import { beforeAll, describe, expect, it } from 'vitest';
import { OPEN_STATES } from '../../src/requests/state-rules.js';
import { escalationDueSql, reminderDueSql } from '../../src/sla/sla-clock.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';

/**
 * The reminder and escalation rules are SQL conditions over a request row:
 * each case here is one row in Postgres, asked at a given instant.
 */

const t = (s: string) => new Date(s);
const fixture = useFeatureFixture();
let db: TestDatabase;
let n = 0;

beforeAll(() => {
  ({ db } = fixture);
});

interface Row {
  state?: string;
  receivedAt?: Date;
  askedAt?: Date;
  dueAt?: Date;
  lastReminderAt?: Date | null;
  escalatedAt?: Date | null;
  extendedAt?: Date | null;
}

async function insert(r: Row): Promise<string> {
  n += 1;
  const received = r.receivedAt ?? t('2026-10-01T00:00:00Z');
  const { rows } = await db.pool.query(
    `INSERT INTO requests (reference, state, received_at, due_at, last_reminder_at, escalated_at, extended_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [`DR-1998-${String(n).padStart(5, '0')}`, r.state ?? 'awaiting_approval', received, r.dueAt ?? t('2026-12-01T00:00:00Z'),
     r.lastReminderAt ?? null, r.escalatedAt ?? null, r.extendedAt ?? null],
  );
  const id = rows[0].id as string;
  if (r.askedAt) {
    await db.pool.query(
      `INSERT INTO request_events (request_id, type, actor, from_state, to_state, at) VALUES ($1, 'validated', 'bot', 'received', 'awaiting_approval', $2)`,
      [id, r.askedAt],
    );
  }
  return id;
}

async function reminderDue(r: Row, now: Date, days: number): Promise<boolean> {
  const id = await insert(r);
  const { rows } = await db.pool.query(`SELECT ${reminderDueSql('$2', '$3')} AS due FROM requests r WHERE r.id = $1`, [id, now, days]);
  return rows[0].due as boolean;
}

async function escalationDue(r: Row, now: Date, days: number): Promise<boolean> {
  const id = await insert(r);
  const { rows } = await db.pool.query(
    `SELECT coalesce(${escalationDueSql('$2', '$3', '$4')}, false) AS due FROM requests r WHERE r.id = $1`,
    [id, now, days, OPEN_STATES],
  );
  return rows[0].due as boolean;
}

describe('reminder rule', () => {
  const asked = t('2026-11-01T10:00:00Z');

  it('is due after exactly APPROVAL_REMINDER_DAYS since staff were asked, not a minute before', async () => {
    expect(await reminderDue({ askedAt: asked }, t('2026-11-04T09:59:00Z'), 3)).toBe(false);
    expect(await reminderDue({ askedAt: asked }, t('2026-11-04T10:00:00Z'), 3)).toBe(true);
  });

  it('counts from the arrival when staff were never asked by a move into awaiting approval', async () => {
    expect(await reminderDue({ receivedAt: asked }, t('2026-11-04T09:59:00Z'), 3)).toBe(false);
    expect(await reminderDue({ receivedAt: asked }, t('2026-11-04T10:00:00Z'), 3)).toBe(true);
  });

  it('counts from the last reminder once there was one', async () => {
    const last = t('2026-11-04T10:05:00Z');
    expect(await reminderDue({ askedAt: asked, lastReminderAt: last }, t('2026-11-07T10:04:00Z'), 3)).toBe(false);
    expect(await reminderDue({ askedAt: asked, lastReminderAt: last }, t('2026-11-07T10:05:00Z'), 3)).toBe(true);
  });

  it('counts from a later request for a decision, not from an older reminder', async () => {
    const again = t('2026-11-10T10:00:00Z');
    expect(await reminderDue({ askedAt: again, lastReminderAt: t('2026-11-04T10:00:00Z') }, t('2026-11-13T09:59:00Z'), 3)).toBe(false);
  });

  it('a tick that comes late owes one reminder, counted from then on', async () => {
    expect(await reminderDue({ askedAt: asked }, t('2026-11-20T00:00:00Z'), 3)).toBe(true);
  });

  it('applies only while the request waits for staff', async () => {
    expect(await reminderDue({ askedAt: asked, state: 'approved' }, t('2026-11-20T00:00:00Z'), 3)).toBe(false);
  });
});

describe('escalation rule', () => {
  const dueAt = t('2026-12-01T00:00:00Z');

  it('is due within ESCALATION_DAYS_BEFORE_DUE of the due date, and when past it', async () => {
    expect(await escalationDue({ dueAt }, t('2026-11-25T23:59:00Z'), 5)).toBe(false);
    expect(await escalationDue({ dueAt }, t('2026-11-26T00:00:00Z'), 5)).toBe(true);
    expect(await escalationDue({ dueAt }, t('2026-12-09T00:00:00Z'), 5)).toBe(true);
  });

  it('happens once per due date', async () => {
    expect(await escalationDue({ dueAt, escalatedAt: t('2026-11-26T00:00:00Z') }, t('2026-11-30T00:00:00Z'), 5)).toBe(false);
  });

  it('happens again for the new due date after an extension', async () => {
    const extended = { dueAt: t('2027-01-30T00:00:00Z'), escalatedAt: t('2026-11-26T00:00:00Z'), extendedAt: t('2026-11-28T00:00:00Z') };
    expect(await escalationDue(extended, t('2027-01-20T00:00:00Z'), 5)).toBe(false);
    expect(await escalationDue(extended, t('2027-01-26T00:00:00Z'), 5)).toBe(true);
  });

  it('with 0 days, only once the due date has come', async () => {
    expect(await escalationDue({ dueAt }, t('2026-11-30T23:59:00Z'), 0)).toBe(false);
    expect(await escalationDue({ dueAt }, dueAt, 0)).toBe(true);
  });

  it('applies to open requests only', async () => {
    expect(await escalationDue({ dueAt, state: 'completed' }, t('2026-12-09T00:00:00Z'), 5)).toBe(false);
  });
});
