import { describe, expect, it } from 'vitest';
import { runCli } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { waitForMail, type ReceivedMail } from '../../harness/mail-user.js';
import { fileRequest, reply } from './file-request.js';
import { STAFF } from './mail-facts.js';

/**
 * The staff member whose approval a deletion carried out hears once, in one line, that it
 * completed and what it erased, in the request's staff thread; an approval under a name that
 * is no staff address gets no mail.
 */

const t = useBotStack({ seed: true });
const STAFF2 = 'staff2@pickrtech.com';

const isCompletion = (ref: string) => (m: ReceivedMail) => m.subject.includes(ref) && m.headers.get('x-deletion-bot') === 'completion';
const isEcho = (ref: string) => (m: ReceivedMail) => m.subject === `[${ref}] Completed: 8 rows deleted`;

/** What the demo account's deletion erases (the notification's inventory: 2, 3, 2 rows, 2 and 2 mentions, 1 account). */
const erased = (ref: string) =>
  `${ref} completed: 8 rows deleted (access tokens 2, publishing logs 3, error logs 2, account 1), ` +
  '4 mentions redacted (publishing log mentions 2, error log mentions 2)\n';

async function echoRows(ref: string): Promise<{ to: string[]; subject: string }[]> {
  const { rows } = await t.db.pool.query(
    `SELECT o.to_addresses AS to, o.subject FROM outbox o JOIN requests r ON r.id = o.request_id
      WHERE r.reference = $1 AND o.subject LIKE '%Completed:%'`, [ref]);
  return rows as { to: string[]; subject: string }[];
}

describe('the completion echo to the approving staff member', () => {
  it('a request approved by a staff reply: that staff member reads one line with the rows deleted per step', async () => {
    const filed = await fileRequest(t, {
      from: 'alice@example.com', subject: 'Delete my data',
      text: 'Hello,\n\nplease delete my data. My Instagram username is @sunny.days.\n\nThanks\n',
    });
    await reply(t, STAFF, filed.note, 'APPROVE\n');
    await waitForMail(t.stack.dovecot, 'alice@example.com', isCompletion(filed.ref));

    const echo = await waitForMail(t.stack.dovecot, STAFF, isEcho(filed.ref));
    expect(echo.text).toBe(erased(filed.ref));
    expect(echo.to).toEqual([STAFF]);
    expect(echo.headers.get('x-deletion-bot')).toBe('decision_echo');
    // Threaded with the request's other staff mail, never under the notification's token id.
    expect(echo.references.some((id) => id.includes('dr-staff.'))).toBe(true);
    expect(echo.references.map((id) => id.replace(/^<|>$/g, ''))).not.toContain(filed.note.messageId?.replace(/^<|>$/g, ''));
    expect(await echoRows(filed.ref)).toEqual([{ to: [STAFF], subject: `[${filed.ref}] Completed: 8 rows deleted` }]);
  });

  it('approved with the CLI by a staff address: that address gets the echo; by a plain name: nobody does', async () => {
    const byAddress = await fileRequest(t, {
      from: 'bob@example.com', subject: 'Delete my data', text: 'Please delete all data about my Instagram account @bob_builds.\n',
    });
    const approved = await runCli(['approve', byAddress.ref, '--by', STAFF2], t.env);
    expect(approved.code, approved.stderr).toBe(0);
    const echo = await waitForMail(t.stack.dovecot, STAFF2, (m) => m.subject.startsWith(`[${byAddress.ref}] Completed: `));
    expect(echo.text).toMatch(new RegExp(`^${byAddress.ref} completed: \\d+ rows deleted \\(access tokens \\d+, publishing logs \\d+, error logs \\d+, account 1\\)`));

    const byName = await fileRequest(t, {
      from: 'carol@example.com', subject: 'Delete my data', text: 'Please delete all data about my Instagram account @carol.cooks.\n',
    });
    expect((await runCli(['approve', byName.ref, '--by', 'ops on call'], t.env)).code).toBe(0);
    await waitForMail(t.stack.dovecot, 'carol@example.com', isCompletion(byName.ref));
    // The echo would have been written with the completion, in its transaction.
    expect(await echoRows(byName.ref)).toEqual([]);
  });
});
