// The real Dockerfile built and the real docker-compose.yml started (podman serving the
// Docker API): a request mail, a staff approval by reply and the completion mail all pass
// through the composed stack (poller, worker and http services); scaling the workers and
// restarting the poller and the workers lose nothing.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendMail, waitForMail, type ReceivedMail } from '../harness/mail-user.js';
import { waitUntil } from '../harness/system.js';
import { CONTACT, isAck, isNotification, refOf, STAFF } from '../e2e/mail-facts.js';
import { background, compose, HTTP_PORT, IMAP_PORT, MAIL_PASSWORD, run, SMTP_PORT, SOCKET } from './compose-stack.js';

const relay = { port: SMTP_PORT };
const mailbox = { imapPort: IMAP_PORT, passwordFor: () => MAIL_PASSWORD };
const isCompletion = (ref: string) => (m: ReceivedMail) => m.subject.includes(ref) && m.headers.get('x-deletion-bot') === 'completion';
const slow = { timeoutMs: 180_000, pollMs: 1000 };

let service: ReturnType<typeof background> | undefined;
let healthchecks: ReturnType<typeof background> | undefined;

async function httpReady(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${HTTP_PORT}/readyz`)).ok;
  } catch {
    return false;
  }
}

/** The poller's own /readyz (inside its container): 200 once it holds the lease and read the mailbox up to date. */
async function pollerReady(): Promise<boolean> {
  const probe = "fetch('http://127.0.0.1:8080/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))";
  return compose(['exec', '-T', 'poller', 'node', '-e', probe]).then(() => true, () => false);
}

const ready = async () => (await httpReady()) && (await pollerReady());

/** A requester writes, gets the acknowledgment; staff get the notification and approve by reply. */
async function fileAndApprove(from: string, username: string): Promise<string> {
  await sendMail(relay, { from, to: CONTACT, subject: 'Delete my data', text: `Hello,\n\nplease delete my data. My Instagram username is @${username}.\n\nThanks\n` });
  const ack = await waitForMail(mailbox, from, isAck, slow);
  const ref = refOf(ack.subject);
  if (!ref) throw new Error(`the acknowledgment has no reference: ${ack.subject}`);
  const note = await waitForMail(mailbox, STAFF, isNotification(ref), slow);
  await sendMail(relay, { from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n', inReplyTo: note.messageId!, references: [note.messageId!] });
  return ref;
}

beforeAll(async () => {
  await run('bash', ['tests/compose/build-images.sh']);
  if (existsSync(SOCKET)) await run('rm', ['-f', SOCKET]);
  service = background('podman', ['system', 'service', '--time=0', `unix://${SOCKET}`]);
  await waitUntil(async () => existsSync(SOCKET), 'podman system service did not open its socket', 30_000, 200);
  healthchecks = background('bash', ['tests/compose/healthcheck-runner.sh']);
  await compose(['down', '-v', '--remove-orphans']).catch(() => '');
  await compose(['build']);
  await compose(['up', '-d']);
  await waitUntil(ready, 'the composed http and poller services never answered /readyz with 200', 300_000, 1000);
  await compose(['exec', '-T', 'http', 'node', 'bin/deletion-bot.mjs', 'seed-demo']);
}, 1_800_000);

// A failed test prints what the bot's services logged, so the failure says where the mail stopped.
beforeEach(({ onTestFailed }) => {
  onTestFailed(async () => {
    for (const s of ['poller', 'worker', 'http']) {
      console.error(`==== ${s}\n${await compose(['logs', '--no-color', '--tail', '40', s]).catch((e: unknown) => String(e))}`);
    }
  });
});

afterAll(async () => {
  await compose(['down', '-v', '--remove-orphans']).catch((e: unknown) => console.error(e));
  healthchecks?.stop();
  service?.stop();
}, 300_000);

describe('docker compose up with the real Dockerfile and docker-compose.yml', () => {
  it('a request mailed in, approved by a staff reply, ends with the completion mail', async () => {
    const ref = await fileAndApprove('alice@example.com', 'sunny.days');
    const done = await waitForMail(mailbox, 'alice@example.com', isCompletion(ref), slow);
    expect(done.text).toContain(ref);
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
  }, 900_000);
});
