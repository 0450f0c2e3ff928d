// A parse thread: turns raw messages into parsed mail and what the pure rules make of it
// (read-mail.ts, new-request-candidate.ts), off the thread that talks to IMAP, Postgres and Redis.
// It reads one message at a time; the pool stops it when a message runs past the reading budget.
import { parentPort, workerData } from 'node:worker_threads';
import { readMail } from '../mail-in/read-mail.js';
import { readingOf, type ReadingSettings } from './new-request-candidate.js';
import { parsedMessage } from './parse-pool.js';

const settings = workerData as ReadingSettings;

/**
 * Read before the thread says it is ready: the first real messages then find the reader
 * loaded and compiled (every path a plain request takes: headers, dates, quoted-printable,
 * base64, HTML, the rules), and their budget is spent on reading them alone.
 */
const WARM_UP = [
  [
    'From: Warm Up <warm.up@example.invalid>', 'To: contact@example.invalid', 'Subject: Data deletion request',
    'Date: Mon, 07 Dec 2026 05:00:00 +0000', 'Message-ID: <warm-up-1@example.invalid>', 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '',
    'Hello,', '', 'Please delete all my Instagram data held by your app. My Instagram username is @warm_up =E2=80=94 thanks', '',
  ],
  [
    'From: "Warm, Up" <warm.up@example.invalid>', 'To: contact@example.invalid', 'Subject: =?UTF-8?B?UmU6IERhdGVu?=',
    'Date: Tue, 8 Dec 2026 06:00:00 +0100', 'Message-ID: <warm-up-2@example.invalid>', 'In-Reply-To: <warm-up-1@example.invalid>',
    'References: <warm-up-1@example.invalid>', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="b"', '',
    '--b', 'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: base64', '',
    Buffer.from('Bitte l\u00f6schen Sie meine Daten. Benutzername: @warm_up\r\n\r\n> quoted\r\n-- \r\nsignature', 'latin1').toString('base64'), '',
    '--b', 'Content-Type: text/html; charset=utf-8', '', '<p>Please delete my data.</p><blockquote>My username is @warm_up</blockquote>', '',
    '--b--', '',
  ],
].map((lines) => Buffer.from(lines.join('\r\n')));

async function read(raw: Buffer) {
  const mail = await readMail(raw);
  return parsedMessage(mail, readingOf(settings, mail));
}

parentPort!.on('message', (task: { raw: Uint8Array }) => {
  read(Buffer.from(task.raw.buffer, task.raw.byteOffset, task.raw.byteLength))
    .then((parsed) => parentPort!.postMessage(parsed))
    // The rules failing on a message are reported for that message (the pool reads it once more on a fresh thread).
    .catch((err: unknown) => parentPort!.postMessage(err instanceof Error ? { error: err.message, errorName: err.name } : { error: String(err) }));
});

for (const mail of [...WARM_UP, ...WARM_UP]) await read(mail).catch(() => {});
parentPort!.postMessage({ ready: true });
