import { expect } from 'vitest';
import type { BotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail, type ReceivedMail } from '../../harness/mail-user.js';
import { fileWithHeaders, replyTo, stateOf } from './approval-helpers.js';
import { accountId } from './integration-data.js';
import { bare, STAFF } from './mail-facts.js';

/**
 * The whole life of one request as the people in it see it, whatever IMAP server or proxy
 * the bot reads through: mailed in, acknowledged, staff told, approved by a staff reply,
 * the account deleted and the confirmation address told. Each of those mails arrives once.
 */
export async function approvedRequest(
  t: BotStack,
  { from, username, confirm }: { from: string; username: string; confirm: string },
): Promise<{ ref: string; completion: ReceivedMail }> {
  expect(await accountId(t.db.pool, username), `the seeded account @${username} is missing`).not.toBeNull();
  const { messageId, ref, note } = await fileWithHeaders(t, {
    from,
    subject: 'Instagram data deletion request',
    text: `Hello,\n\nPlease delete my Instagram-related app data. My Instagram username is @${username}.\n`
      + `Confirm completion to ${confirm}.\n\nThanks\n`,
  });
  expect(note.text).toContain(`@${username}`);

  await sendMail(t.stack.relay, replyTo(note, STAFF, 'APPROVE\n'));
  const completion = await waitForMail(t.stack.dovecot, confirm, (m) => m.subject.includes(ref) && /has been deleted/.test(m.subject), { timeoutMs: 60_000 });
  expect(bare(completion.inReplyTo)).toBe(bare(messageId));
  expect(completion.text).toContain(`Reference: ${ref}`);
  expect(await stateOf(t.db.pool, ref)).toBe('completed');
  expect(await accountId(t.db.pool, username)).toBeNull();

  // Once each: the acknowledgment, the staff notification, the completion.
  const about = (m: ReceivedMail) => m.subject.includes(ref);
  expect((await listMail(t.stack.dovecot, from)).filter((m) => about(m) && !/has been deleted/.test(m.subject))).toHaveLength(1);
  expect((await listMail(t.stack.dovecot, STAFF)).filter((m) => about(m) && /waiting for approval/i.test(m.subject))).toHaveLength(1);
  expect((await listMail(t.stack.dovecot, confirm)).filter((m) => about(m) && /has been deleted/.test(m.subject))).toHaveLength(1);
  return { ref, completion };
}
