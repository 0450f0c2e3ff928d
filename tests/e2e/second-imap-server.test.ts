import { beforeAll, describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { startCyrus } from '../../harness/cyrus-server.js';
import { viewFolder } from '../support/mailbox-flags.js';
import { sendMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { processed } from './approval-helpers.js';
import { approvedRequest } from './approved-request.js';
import { bare, CONTACT } from './mail-facts.js';

/**
 * The bot against a second IMAP server implementation, Cyrus IMAP (Debian's cyrus-imapd),
 * with every mail delivered by Cyrus's own LMTP: a request approved by a staff reply from
 * start to finish, the shared mailbox left as people expect, and a server restart.
 */

const t = useBotStack({ seed: true, start: false, server: startCyrus });
const FOLDER = 'Processed';
const KEYWORD = '$DeletionBot';

beforeAll(async () => {
  t.env.IMAP_PROCESSED_FOLDER = FOLDER;
  await t.start();
});

describe('the bot on Cyrus IMAP', () => {
  it('takes a request from mail to completion, approved by a staff reply', async () => {
    await approvedRequest(t, { from: 'alice@example.com', username: 'sunny.days', confirm: 'confirm@example.net' });
  });

  it('marks and moves the mail it handled; other mail stays unread and unflagged in INBOX', async () => {
    const other = await sendMail(t.stack.relay, {
      from: 'carol@example.com', to: CONTACT, subject: 'Opening hours', text: 'Are you open on Sundays?\n',
    });
    await processed(t.db.pool, [other.messageId]);
    await waitUntil(async () => {
      const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM inbound_messages WHERE marked_at IS NULL`);
      return rows[0].n === 0;
    }, 'the bot did not finish marking the mail it handled', 30_000, 250);

    const moved = await viewFolder(t.stack.dovecot, CONTACT, FOLDER);
    expect(moved, `Cyrus has no ${FOLDER} folder for ${CONTACT}`).not.toBeNull();
    const requestMail = moved!.messages.find((m) => m.subject === 'Instagram data deletion request');
    expect(requestMail?.flags).toEqual([KEYWORD]);

    const inbox = await viewFolder(t.stack.dovecot, CONTACT);
    const left = inbox!.messages.find((m) => m.messageId === bare(other.messageId));
    expect(left?.flags).toEqual([]);
    expect(inbox!.messages.some((m) => m.subject === 'Instagram data deletion request')).toBe(false);
  });

  it('reads on after Cyrus restarts, missing and doubling nothing', async () => {
    await t.stack.dovecot.restart();
    await approvedRequest(t, { from: 'bob@example.com', username: 'bob_builds', confirm: 'bob@example.com' });
    const { rows } = await t.db.pool.query(
      `SELECT message_id, count(*)::int AS n FROM inbound_messages GROUP BY message_id HAVING count(*) > 1`);
    expect(rows).toEqual([]);
    // Cyrus answers CREATE of an existing folder with a plain NO (no ALREADYEXISTS code): no false alarm on reconnect.
    expect(t.logs.flat().filter((l) => l.includes('cannot create IMAP_PROCESSED_FOLDER'))).toEqual([]);
  });

  it('logs no username or address', () => {
    const all = t.logs.flat().join('\n').toLowerCase();
    for (const secret of ['sunny.days', 'bob_builds', 'alice@example.com', 'bob@example.com', 'confirm@example.net', 'staff@pickrtech.com']) {
      expect(all).not.toContain(secret);
    }
  });
});
