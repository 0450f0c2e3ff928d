// The real Dockerfile built and the real docker-compose.yml started (podman serving the
// Docker API), with COMPOSE_PROFILES=split as .env.example sets it and the deletion plan's
// tables in an application database outside the stack, named otherwise than the sample's
// (tests/fixtures/app-other-names, reached through APP_DATABASE_URL as the least-privilege
// role): a request mail, a staff approval by reply and the completion mail all pass through
// the composed stack (poller, worker and http services), with exactly the right rows gone;
// scaling the workers and restarting the poller and the workers lose nothing; and the demo
// profile runs its own images through the same flow.
import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appSnapshot, seedProfile, type SeededProfile } from '../support/app-database.js';
import { sendMail, waitForMail, type ReceivedMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { CONTACT, isAck, isNotification, refOf, STAFF } from '../e2e/mail-facts.js';
import { APPDB_OWNER_URL, background, compose, DEMO, HTTP_PORT, IMAP_PORT, MAIL_PASSWORD, run, SMTP_PORT, SOCKET } from './compose-stack.js';

const relay = { port: SMTP_PORT };
const mailbox = { imapPort: IMAP_PORT, passwordFor: () => MAIL_PASSWORD };
const isCompletion = (ref: string) => (m: ReceivedMail) => m.subject.includes(ref) && m.headers.get('x-deletion-bot') === 'completion';
const slow = { timeoutMs: 180_000, pollMs: 1000 };
/** Every profile of docker-compose.yml, so that down removes whatever any test started. */
const ALL_PROFILES = ['--profile', 'split', '--profile', 'small', '--profile', 'demo'];

let service: ReturnType<typeof background> | undefined;
let healthchecks: ReturnType<typeof background> | undefined;
let appdb: pg.Pool | undefined;

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** The poller's own /readyz (inside its container): 200 once it holds the lease and read the mailbox up to date. */
async function pollerReady(): Promise<boolean> {
  const probe = "fetch('http://127.0.0.1:8080/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))";
  return compose(['exec', '-T', 'poller', 'node', '-e', probe]).then(() => true, () => false);
}

const ready = async () => (await answers(`http://127.0.0.1:${HTTP_PORT}/readyz`)) && (await pollerReady());

/** A requester writes, gets the acknowledgment; staff get the notification and approve by reply. */
async function fileAndApprove(from: string, username: string, via = { relay, mailbox }): Promise<string> {
  await sendMail(via.relay, { from, to: CONTACT, subject: 'Delete my data', text: `Hello,\n\nplease delete my data. My Instagram username is @${username}.\n\nThanks\n` });
  const ack = await waitForMail(via.mailbox, from, isAck, slow);
  const ref = refOf(ack.subject);
  if (!ref) throw new Error(`the acknowledgment has no reference: ${ack.subject}`);
  const note = await waitForMail(via.mailbox, STAFF, isNotification(ref), slow);
  await sendMail(via.relay, { from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n', inReplyTo: note.messageId!, references: [note.messageId!] });
  return ref;
}

/** What the application database holds once `own` is erased: its rows gone, mentions of its handle replaced, the rest as it was. */
function withoutProfile(before: Record<string, string[]>, own: SeededProfile): Record<string, string[]> {
  const mine = (row: string) => {
    const r = JSON.parse(row) as { profile_id?: number; profile_ref?: number };
    return String(r.profile_ref ?? r.profile_id) === own.id;
  };
  return Object.fromEntries(Object.entries(before).map(([table, rows]) => [table, table === 'newsletter_signups'
    ? rows
    : rows.filter((r) => !mine(r)).map((r) => r.replace(`https://instagram.com/${own.handle}`, '[deleted user]').replace(`@${own.handle}`, '[deleted user]'))]));
}

beforeAll(async () => {
  await run('bash', ['tests/compose/build-images.sh']);
  if (existsSync(SOCKET)) await run('rm', ['-f', SOCKET]);
  service = background('podman', ['system', 'service', '--time=0', `unix://${SOCKET}`]);
  await waitUntil(async () => existsSync(SOCKET), 'podman system service did not open its socket', 30_000, 200);
  healthchecks = background('bash', ['tests/compose/healthcheck-runner.sh']);
  await compose([...ALL_PROFILES, 'down', '-v', '--remove-orphans']).catch(() => '');
  await compose(['build']);
  // What the README says: COMPOSE_PROFILES (here split, as in .env.example) picks the install.
  await compose(['up', '-d']);
  await waitUntil(ready, 'the composed http and poller services never answered /readyz with 200', 300_000, 1000);
  appdb = new pg.Pool({ connectionString: APPDB_OWNER_URL, max: 2 });
  appdb.on('error', () => {});
}, 1_800_000);

// A failed test prints what the bot's services logged, so the failure says where the mail stopped.
beforeEach(({ onTestFailed }) => {
  onTestFailed(async () => {
    for (const s of ['poller', 'worker', 'http', 'demo-seed', 'demo-bot']) {
      console.error(`==== ${s}\n${await compose(['logs', '--no-color', '--tail', '40', s]).catch((e: unknown) => String(e))}`);
    }
  });
});

afterAll(async () => {
  await appdb?.end();
  await compose([...ALL_PROFILES, 'down', '-v', '--remove-orphans']).catch((e: unknown) => console.error(e));
  healthchecks?.stop();
  service?.stop();
}, 300_000);

describe('docker compose up with the real Dockerfile and docker-compose.yml', () => {
  it('started the split roles that COMPOSE_PROFILES names, and not the one-process bot', async () => {
    for (const role of ['poller', 'worker', 'http']) expect((await compose(['ps', '-q', role])).trim(), role).not.toBe('');
    expect((await compose(['ps', '-q', 'bot'])).trim()).toBe('');
  });

  it('a request mailed in, approved by a staff reply, erases its rows in the application database outside the stack, and nothing else', async () => {
    const own = await seedProfile(appdb!, 'sunny.days');
    await seedProfile(appdb!, 'sunny_friend', { mention: 'sunny.days' });
    await seedProfile(appdb!, 'carol.cooks');
    await appdb!.query(`INSERT INTO social.newsletter_signups (note) VALUES ('sunny.days signed up for the newsletter')`);
    const before = await appSnapshot(appdb!);

    const ref = await fileAndApprove('alice@example.com', 'sunny.days');
    const done = await waitForMail(mailbox, 'alice@example.com', isCompletion(ref), slow);
    expect(done.text).toContain(ref);
    expect(await appSnapshot(appdb!)).toEqual(withoutProfile(before, own));
    // The approving staff member hears it completed, with the counts.
    const echo = await waitForMail(mailbox, STAFF, (m) => m.subject === `[${ref}] Completed: 6 rows deleted`, slow);
    expect(echo.text).toBe(`${ref} completed: 6 rows deleted (access tokens 2, publishing logs 2, error logs 1, account 1), 2 mentions redacted (publishing log mentions 1, error log mentions 1)\n`);
  }, 600_000);

  it('with three workers, a restarted poller and restarted workers, requests sent meanwhile all complete', async () => {
    await compose(['up', '-d', '--scale', 'worker=3']);
    const running = await compose(['ps', '-q', 'worker']);
    expect(running.trim().split('\n')).toHaveLength(3);
    const sent = sendMail(relay, { from: 'bob@example.com', to: CONTACT, subject: 'Delete my account data', text: 'Please delete everything about @carol.cooks from your app.\n' });
    await sent;
    await compose(['restart', 'poller']);
    await waitUntil(pollerReady, 'the restarted poller never answered /readyz with 200', 300_000, 1000);
    const ack = await waitForMail(mailbox, 'bob@example.com', isAck, slow);
    const ref = refOf(ack.subject)!;
    const note = await waitForMail(mailbox, STAFF, isNotification(ref), slow);
    await sendMail(relay, { from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n', inReplyTo: note.messageId!, references: [note.messageId!] });
    await compose(['restart', 'worker']);
    const done = await waitForMail(mailbox, 'bob@example.com', isCompletion(ref), slow);
    expect(done.text).toContain(ref);
    const { rows } = await appdb!.query(`SELECT count(*)::int AS n FROM social.linked_profiles WHERE ig_handle = 'carol.cooks'`);
    expect(rows[0].n).toBe(0);
  }, 900_000);

  it('the demo profile: its mail server, seeded database and bot run the whole flow', async () => {
    await compose(['--profile', 'demo', 'up', '-d']);
    await waitUntil(() => answers(`http://127.0.0.1:${DEMO.httpPort}/readyz`), 'the demo bot never answered /readyz with 200', 300_000, 1000);
    expect(await compose(['logs', '--no-color', 'demo-seed'])).toMatch(/Seeded 4 demo Instagram account\(s\)[\s\S]*@sunny\.days +ig_accounts 1, ig_access_tokens 2/);
    const demo = { relay: { port: DEMO.smtpPort }, mailbox: { imapPort: DEMO.imapPort, passwordFor: () => DEMO.password } };
    const ref = await fileAndApprove('alice@example.com', 'sunny.days', demo);
    const done = await waitForMail(demo.mailbox, 'alice@example.com', isCompletion(ref), slow);
    expect(done.text).toContain(ref);
  }, 900_000);
});
