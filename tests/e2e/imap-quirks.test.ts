import { afterAll, describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { startImapQuirksProxy, type ImapQuirks, type ImapQuirksProxy } from '../../harness/imap-quirks-proxy.js';
import { viewFolder } from '../support/mailbox-flags.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { processed } from './approval-helpers.js';
import { approvedRequest } from './approved-request.js';
import { bare, CONTACT, isAck } from './mail-facts.js';

/**
 * The bot reading through a proxy that gives the harness Dovecot the quirks of the big
 * providers' servers (imap-quirks-proxy.ts): a mailbox that keeps no keywords of its own,
 * sessions ended by `* BYE Session invalidated - AccessTokenExpired`, and IDLE that never
 * reports new mail. Each test restarts the bot against its own proxy.
 */

const t = useBotStack({ seed: true, start: false, users: ['quirk1@example.org', 'quirk2@example.org', 'quirk3@example.org', 'quirk4@example.org', 'quirk5@example.org', 'quirk6@example.org'] });
const FOLDER = 'Processed';
const proxies: ImapQuirksProxy[] = [];

/** Restarts the bot reading its mailbox through a new proxy with `quirks`. */
async function throughProxy(quirks: ImapQuirks): Promise<ImapQuirksProxy> {
  await t.stop();
  const proxy = await startImapQuirksProxy(t.stack.dovecot.imapPort, quirks);
  proxies.push(proxy);
  Object.assign(t.env, { IMAP_PORT: String(proxy.port), IMAP_PROCESSED_FOLDER: FOLDER });
  await t.start();
  return proxy;
}

afterAll(async () => {
  await t.stop();
  for (const p of proxies) await p.stop();
});

const botLines = (): string[] => t.bot?.output ?? [];

describe('a mailbox that keeps no keywords (PERMANENTFLAGS without \\*, as Exchange Online)', () => {
  it('keeps working on Postgres and the processed folder, and says so once', async () => {
    const proxy = await throughProxy({ noKeywords: true });
    await approvedRequest(t, { from: 'alice@example.com', username: 'sunny.days', confirm: 'confirm@example.net' });
    const other = await sendMail(t.stack.relay, { from: 'carol@example.com', to: CONTACT, subject: 'Invoice question', text: 'Where is my invoice?\n' });
    await processed(t.db.pool, [other.messageId]);
    await approvedRequest(t, { from: 'bob@example.com', username: 'bob_builds', confirm: 'bob@example.com' });
    await waitUntil(async () => {
      const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM inbound_messages WHERE marked_at IS NULL`);
      return rows[0].n === 0;
    }, 'Postgres does not record every handled mail as done in the mailbox', 30_000, 250);

    // The handled mail moved to the folder, without the keyword the server cannot keep; other mail untouched.
    const moved = (await viewFolder(t.stack.dovecot, CONTACT, FOLDER))!.messages;
    const inbox = (await viewFolder(t.stack.dovecot, CONTACT))!.messages;
    expect(moved.filter((m) => m.subject === 'Instagram data deletion request')).toHaveLength(2);
    expect([...moved, ...inbox].filter((m) => m.flags.length > 0)).toEqual([]);
    expect(inbox.find((m) => m.messageId === bare(other.messageId))?.flags).toEqual([]);
    expect(proxy.commands.get('SELECT')).toBeGreaterThan(0);

    // One line at the first read, not one per mail or per round.
    const told = botLines().filter((l) => l.includes('PERMANENTFLAGS'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('IMAP_PROCESSED_FOLDER');
  }, 120_000);
});

describe('sessions ended by the server when the access token expires', () => {
  it('reconnects after each BYE and answers every request once', async () => {
    const lifetimeMs = 5_000;
    const proxy = await throughProxy({ sessionLifetimeMs: lifetimeMs });
    const senders = ['quirk1@example.org', 'quirk2@example.org', 'quirk3@example.org', 'quirk4@example.org', 'quirk5@example.org', 'quirk6@example.org'];
    const sent: string[] = [];
    const lifecycle = approvedRequest(t, { from: 'carol@example.com', username: 'carol.cooks', confirm: 'carol@example.com' });
    // Spread over three session lifetimes, so some arrive while the bot is reconnecting.
    for (const [i, from] of senders.entries()) {
      const { messageId } = await sendMail(t.stack.relay, {
        from, to: CONTACT, subject: 'Delete my data',
        text: `Please delete my Instagram data held by your app. My username is @quirk_user_${i + 1}\n`,
      });
      sent.push(messageId);
      await new Promise((r) => setTimeout(r, (3 * lifetimeMs) / senders.length));
    }
    await lifecycle;
    for (const [i, from] of senders.entries()) {
      await waitForMail(t.stack.dovecot, from, (m) => isAck(m) && bare(m.inReplyTo) === bare(sent[i]), { timeoutMs: 60_000 });
      expect((await listMail(t.stack.dovecot, from)).filter(isAck), `acknowledgments to ${from}`).toHaveLength(1);
    }
    const { rows } = await t.db.pool.query(
      `SELECT message_id, count(*)::int AS n FROM inbound_messages WHERE message_id = ANY($1) GROUP BY message_id`, [sent.map(bare)]);
    expect(rows.map((r) => r.n)).toEqual(sent.map(() => 1));
    expect(proxy.byes).toBeGreaterThanOrEqual(2);
    expect(proxy.accepted).toBeGreaterThan(proxy.byes);
  }, 180_000);
});

describe('IDLE that never reports new mail', () => {
  it('finds the mail by its poll (IMAP_POLL_SECONDS) and completes the request', async () => {
    const proxy = await throughProxy({ silentIdle: true });
    await waitUntil(() => (proxy.commands.get('IDLE') ?? 0) > 0, 'the bot never entered IDLE', 30_000, 100);
    await approvedRequest(t, { from: 'dave@example.com', username: 'dave.designs', confirm: 'dave@example.com' });
    // The server did announce the mail in IDLE; the proxy kept it from the bot.
    expect(proxy.hiddenInIdle).toBeGreaterThan(0);
  }, 120_000);
});
