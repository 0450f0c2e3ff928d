import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startBot } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { freePort } from '../../harness/ports.js';
import { waitUntil } from '../../harness/system.js';
import { CONTACT, isAck } from './mail-facts.js';

/**
 * A first start whose IMAP server answers only some seconds later: a request delivered
 * after the bot started but before it could connect is read and acknowledged.
 */

const FROM = 'early.bird@example.com';
const t = useBotStack({ start: false, users: [FROM] });
let late: Server | null = null;
const sockets = new Set<Socket>();

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => (late ? late.close(() => resolve()) : resolve()));
});

/** From now on, `port` forwards to Dovecot's IMAP port: the IMAP server "comes up". */
async function openImapAt(port: number): Promise<void> {
  late = createServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: t.stack.dovecot.imapPort });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {}).on('close', () => { client.destroy(); upstream.destroy(); sockets.delete(s); });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => late!.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
}

describe('first start', () => {
  it('reads the mail delivered between the start and the first IMAP connect', async () => {
    const imapPort = await freePort();
    // Nothing listens on IMAP_PORT yet: the bot runs, answers /readyz (503) and retries.
    t.bot = await startBot({ ...t.env, IMAP_PORT: String(imapPort) }, { anyAnswer: true });
    t.logs.push(t.bot.output);

    await sendMail(t.stack.relay, {
      from: FROM, to: CONTACT, subject: 'Delete my Instagram data',
      text: 'Please delete my Instagram data. My Instagram username is @early.bird.\n',
    });
    await waitUntil(async () => (await listMail(t.stack.dovecot, CONTACT)).length === 1, 'the request to reach the mailbox', 20_000, 200);

    await openImapAt(imapPort);
    const ack = await waitForMail(t.stack.dovecot, FROM, isAck, { timeoutMs: 40_000 });
    expect(ack.subject).toMatch(/DR-\d{4}-\d{5}/);
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM inbound_messages WHERE processed_at IS NOT NULL`);
    expect(rows[0].n).toBe(1);
  });
});
