// Latency: with the bot idle, requests sent one at a time over SMTP; the time from the
// relay's acceptance to the acknowledgment appearing in the sender's mailbox. Beside it, a
// bare imapflow client in IDLE on the bot's mailbox: the time until the IMAP server announces
// the new mail at all (Dovecot holds IDLE notices back for half a second, by design).
import { createTransport } from 'nodemailer';
import { imapClient } from '../harness/imap-client.js';
import { BOT_ADDRESS } from '../harness/stack.js';
import type pg from 'pg';
import { countQuery, now, round, seconds, waitForCount } from './measure-util.js';
import { requestMail } from './request-mails.js';
import { LATENCY_SENDER, type BenchServers } from './servers.js';

export interface LatencyResult {
  p50: number;
  p99: number;
  max: number;
  /** When a bare IDLE client on the bot's mailbox heard of each request. */
  idle_notice: { p50: number; p99: number; max: number };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Waits until the bot has nothing left to do: no request waiting for its first step, no mail to send. */
async function botIdle(pool: pg.Pool): Promise<void> {
  const busy = countQuery(pool, `SELECT (SELECT count(*) FROM outbox WHERE state = 'pending') + (SELECT count(*) FROM requests WHERE state = 'received')
    + (SELECT count(*) FROM inbound_messages WHERE processed_at IS NULL) AS n`);
  const left = await busy();
  if (left > 0) console.log(`  latency: waiting (untimed) for the bot to finish ${left} earlier items first`);
  await waitForCount('the bot idle before the latency measure', async () => -(await busy()), 0, 900_000, 500);
}

export async function measureLatency(servers: BenchServers, pool: pg.Pool, count: number, timeoutMs = 60_000): Promise<LatencyResult> {
  await botIdle(pool);
  const { dovecot, relay } = servers.mail;
  const inbox = imapClient(dovecot, LATENCY_SENDER);
  await inbox.connect();
  // The baseline: an IDLE session of its own on the bot's mailbox (imapflow IDLEs whenever it is idle).
  const watcher = imapClient(dovecot, BOT_ADDRESS);
  await watcher.connect();
  await watcher.mailboxOpen('INBOX', { readOnly: true });
  // IDLE from the start (imapflow would only begin it after a quiet spell); any command ends it.
  void watcher.idle();
  let noticed: (() => void) | null = null;
  watcher.on('exists', () => noticed?.());
  const notices: number[] = [];
  // One connection for all the requests: the relay (smtp-server) waits 100 ms before it greets a new one.
  const transport = createTransport({ host: '127.0.0.1', port: relay.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 1, maxMessages: Infinity });
  const messages = async (): Promise<number> => {
    const status = await inbox.status('INBOX', { messages: true });
    return status === false ? 0 : (status.messages ?? 0);
  };
  const times: number[] = [];
  try {
    let seen = await messages();
    for (let i = 0; i < count; i++) {
      const { raw } = requestMail(i, 'latency', new Date(), LATENCY_SENDER);
      const notice = new Promise<bigint>((resolve) => (noticed = () => resolve(now())));
      await transport.sendMail({ envelope: { from: LATENCY_SENDER, to: BOT_ADDRESS }, raw });
      const handedOver = now();
      const deadline = Date.now() + timeoutMs;
      while ((await messages()) <= seen) {
        if (Date.now() > deadline) throw new Error(`no acknowledgment for latency request ${i} within ${timeoutMs / 1000} s`);
        await new Promise((r) => setTimeout(r, 5));
      }
      times.push(seconds(handedOver) * 1000);
      const heard = await Promise.race([notice, new Promise<null>((r) => setTimeout(() => r(null), Math.max(0, deadline - Date.now())))]);
      if (heard === null) throw new Error(`the bare IDLE client heard nothing of latency request ${i} within ${timeoutMs / 1000} s`);
      notices.push(Number(heard - handedOver) / 1e6);
      noticed = null;
      seen = await messages();
    }
  } finally {
    transport.close();
    await inbox.logout();
    await watcher.logout();
  }
  const summary = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { p50: round(percentile(sorted, 50), 1), p99: round(percentile(sorted, 99), 1), max: round(sorted.at(-1)!, 1) };
  };
  return { ...summary(times), idle_notice: summary(notices) };
}
