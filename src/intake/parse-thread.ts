// A parse thread: turns raw messages into parsed mail and what the pure rules make of it
// (read-mail.ts, new-request-candidate.ts), off the thread that talks to IMAP, Postgres and Redis.
// It reads one message at a time; the pool stops it when a message runs past the reading budget.
import { parentPort, workerData } from 'node:worker_threads';
import { readMail } from '../mail-in/read-mail.js';
import { readingOf, type ReadingSettings } from './new-request-candidate.js';

const settings = workerData as ReadingSettings;

/**
 * Read once before the thread says it is ready: the first real message then finds the
 * reader loaded and compiled, and its budget is spent on reading it alone.
 */
const WARM_UP = Buffer.from([
  'From: Warm Up <warm.up@example.invalid>', 'Subject: Data deletion request', 'Message-ID: <warm-up@example.invalid>',
  'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="b"', '',
  '--b', 'Content-Type: text/plain; charset=utf-8', '', 'Please delete my data. My Instagram username is @warm_up', '',
  '--b', 'Content-Type: text/html; charset=utf-8', '', '<p>Please delete my data.</p><blockquote>My username is @warm_up</blockquote>', '',
  '--b--', '',
].join('\r\n'));

async function read(raw: Buffer) {
  const mail = await readMail(raw);
  return { mail, reading: readingOf(settings, mail) };
}

parentPort!.on('message', (task: { raw: Uint8Array }) => {
  read(Buffer.from(task.raw.buffer, task.raw.byteOffset, task.raw.byteLength))
    .then((parsed) => parentPort!.postMessage(parsed))
    // The rules failing on a message fails that message's job, not the thread.
    .catch((err: unknown) => parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) }));
});

await read(WARM_UP).catch(() => {});
parentPort!.postMessage({ ready: true });
