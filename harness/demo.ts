// `deletion-bot demo` (`npm run demo`): the whole flow on this machine, with no configuration. Starts its own
// Postgres, Redis, Dovecot and SMTP relay, the bot, seeds demo data, files one request by
// mail, approves it by a staff reply and prints each step and the completion mail.
import pg from 'pg';
import { withBotSearchPath } from '../src/db/pool.js';
import { runCli, startBot, type BotProcess } from './bot-process.js';
import { sendMail, waitForMail, type ReceivedMail } from './mail-user.js';
import { startPgCluster, type PgCluster } from './pg-cluster.js';
import { freePort } from './ports.js';
import { startRedisServer, type RedisServer } from './redis-server.js';
import { BOT_ADDRESS, botEnv, startMailStack, STAFF, type MailStack } from './stack.js';

const REQUESTER = 'alice@example.com';
const STAFF_MEMBER = STAFF[0]!;
const started = Date.now();

function step(what: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  process.stdout.write(`[${s} s] ${what}\n`);
}

const refOf = (subject: string): string | null => /DR-\d{4}-\d{5}/.exec(subject)?.[0] ?? null;
const kind = (m: ReceivedMail): string => m.headers.get('x-deletion-bot') as string ?? '';

interface EventRow { id: string; type: string; from_state: string | null; to_state: string | null; actor: string | null; detail: { purpose?: string; counts?: { table: string; action: string; rows: number }[] } }

/**
 * Prints each request event as the bot writes it. `catchUp` prints every event committed so far
 * (a mail seen in a mailbox was sent after its events' commit, so they come first on screen).
 */
function followEvents(pool: pg.Pool): { catchUp(): Promise<void>; stop(): Promise<void> } {
  let last = '0';
  let running = true;
  let printing: Promise<void> = Promise.resolve();
  const printNew = async () => {
    const { rows } = await pool.query<EventRow & { reference: string }>(
      `SELECT e.id::text, e.type, e.from_state, e.to_state, e.actor, e.detail, r.reference
         FROM request_events e JOIN requests r ON r.id = e.request_id WHERE e.id > $1 ORDER BY e.id`, [last]);
    for (const e of rows) {
      last = e.id;
      const move = e.to_state ? ` ${e.from_state ?? 'new'} -> ${e.to_state}` : '';
      step(`bot: ${e.reference} ${e.type}${e.detail.purpose ? ` ${e.detail.purpose}` : ''}${move}${e.actor ? ` (by ${e.actor})` : ''}`);
      for (const c of e.detail.counts ?? []) step(`      ${c.table.padEnd(22)} ${c.action.padEnd(7)} ${c.rows} row(s)`);
    }
  };
  // One pass at a time, whoever asks for it.
  const pass = () => (printing = printing.then(printNew, printNew));
  const loop = (async () => {
    while (running) {
      await pass();
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    catchUp: () => pass(),
    stop: async () => {
      running = false;
      await loop.catch(() => {});
    },
  };
}

/** Runs the demo from start to finish; the exit status: 0 when the completion mail arrived. */
export async function runDemo(): Promise<number> {
  let cluster: PgCluster | undefined;
  let redis: RedisServer | undefined;
  let mail: MailStack | undefined;
  let bot: BotProcess | undefined;
  let pool: pg.Pool | undefined;
  let events: ReturnType<typeof followEvents> | undefined;
  try {
    step('starting Postgres, Redis, Dovecot (IMAP) and an SMTP relay of the demo’s own');
    [cluster, redis, mail] = await Promise.all([startPgCluster(), startRedisServer(), startMailStack()]);
    const dbUrl = await cluster.createMigratedDatabase('deletion_bot_demo', { sampleSchema: false });
    const env: Record<string, string> = {
      ...botEnv({ dovecot: mail.dovecot, relay: mail.relay, db: { url: dbUrl }, prefix: 'demo', httpPort: await freePort() }),
      REDIS_URL: redis.url,
      LOG_LEVEL: 'warn',
      IMAP_POLL_SECONDS: '2',
    };
    const seeded = await runCli(['seed-demo'], env);
    if (seeded.code !== 0) throw new Error(`seed-demo failed: ${seeded.stderr}`);
    step(`demo data seeded: ${seeded.stdout.trim()}`);
    bot = await startBot(env);
    step(`bot started (reads ${BOT_ADDRESS}, staff ${STAFF_MEMBER}), http://127.0.0.1:${env.HTTP_PORT}/readyz answers 200`);
    pool = new pg.Pool({ connectionString: withBotSearchPath(dbUrl), max: 2 });
    events = followEvents(pool);

    await sendMail(mail.relay, {
      from: REQUESTER, to: BOT_ADDRESS, subject: 'Please delete my data',
      text: 'Hello,\n\nPlease delete all data you hold about my Instagram account @sunny.days.\n\nThanks,\nAlice\n',
    });
    step(`requester ${REQUESTER} sent a deletion request for @sunny.days over SMTP`);
    const ack = await waitForMail(mail.dovecot, REQUESTER, (m) => refOf(m.subject) !== null, { timeoutMs: 60_000 });
    const ref = refOf(ack.subject);
    if (!ref) throw new Error(`the acknowledgment has no reference: ${ack.subject}`);
    await events.catchUp();
    step(`acknowledged: ${REQUESTER} received "${ack.subject}"`);
    const note = await waitForMail(mail.dovecot, STAFF_MEMBER, (m) => m.subject.includes(ref) && /waiting for approval/i.test(m.subject), { timeoutMs: 60_000 });
    await events.catchUp();
    step(`staff notified: ${STAFF_MEMBER} received "${note.subject}"`);
    await sendMail(mail.relay, {
      from: STAFF_MEMBER, to: BOT_ADDRESS, subject: `Re: ${note.subject}`, text: 'APPROVE\n',
      inReplyTo: note.messageId!, references: [note.messageId!],
    });
    step(`approved: ${STAFF_MEMBER} replied APPROVE to the notification`);
    const done = await waitForMail(mail.dovecot, REQUESTER, (m) => m.subject.includes(ref) && kind(m) === 'completion', { timeoutMs: 60_000 });
    await events.catchUp();
    step(`completion delivered to ${REQUESTER}: "${done.subject}"`);
    await new Promise((r) => setTimeout(r, 500)); // the last events reach the screen
    await events.stop();
    process.stdout.write(`\n----- completion mail -----\nFrom: ${done.from}\nTo: ${done.to.join(', ')}\nSubject: ${done.subject}\n\n${done.text.trimEnd()}\n----- end -----\n\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`demo failed: ${(err as Error).message}\n`);
    if (bot) process.stderr.write(`bot output:\n${bot.output.slice(-40).join('\n')}\n`);
    return 1;
  } finally {
    await events?.stop();
    await pool?.end();
    const code = await bot?.stop();
    step(`stopping everything${bot ? ` (bot exited with status ${code})` : ''}`);
    await Promise.allSettled([mail?.stop(), redis?.destroy(), cluster?.destroy()]);
    step('demo done');
  }
}

