// A parse thread: turns raw messages into parsed mail and what the pure rules make of it
// (read-mail.ts, new-request-candidate.ts), off the thread that talks to IMAP, Postgres and Redis.
import { parentPort, workerData } from 'node:worker_threads';
import { readMail } from '../mail-in/read-mail.js';
import { readingOf, type ReadingSettings } from './new-request-candidate.js';

const settings = workerData as ReadingSettings;

parentPort!.on('message', (task: { id: number; raw: Uint8Array }) => {
  readMail(Buffer.from(task.raw.buffer, task.raw.byteOffset, task.raw.byteLength))
    .then((mail) => parentPort!.postMessage({ id: task.id, mail, reading: readingOf(settings, mail) }))
    // The rules failing on a message fails that message's job, not the thread.
    .catch((err: unknown) => parentPort!.postMessage({ id: task.id, error: err instanceof Error ? err.message : String(err) }));
});
