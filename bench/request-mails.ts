// Request mails as people write them: varied usernames, senders and languages, a few KB each.
import type { MaildirMessage } from '../harness/maildir.js';
import { BOT_ADDRESS } from '../harness/stack.js';
import { SENDERS } from './servers.js';

const BODIES: { subject: string; text: (u: string) => string }[] = [
  { subject: 'Delete my data', text: (u) => `Hello,\n\nPlease delete my Instagram data. My username is @${u}.\n\nThanks` },
  { subject: 'Eliminar mis datos', text: (u) => `Hola,\n\nQuiero eliminar mis datos de su aplicación. Mi usuario de Instagram es @${u}.\n\nGracias` },
  { subject: 'Daten löschen', text: (u) => `Hallo,\n\nbitte löschen Sie meine Daten. Mein Instagram-Name ist @${u}.\n\nDanke` },
  { subject: 'Supprimer mes données', text: (u) => `Bonjour,\n\nMerci de supprimer mes données. Mon compte Instagram est @${u}.\n\nMerci` },
];
/** A signature and quoted history, so each mail is a few KB as real ones are. */
const TRAILER = '\n\n--\nSent from my phone. This message and any attachments are confidential. '.repeat(30);

export function requestUsername(i: number, run: string): string {
  return `${run}.user${i}`;
}

export function requestMail(i: number, run: string, at: Date, sender = SENDERS[i % SENDERS.length]!): { raw: string; from: string } {
  const body = BODIES[i % BODIES.length]!;
  const raw = `From: Requester ${i} <${sender}>\r\nTo: ${BOT_ADDRESS}\r\nSubject: ${body.subject}\r\n` +
    `Message-ID: <${run}-${i}@example.com>\r\nDate: ${at.toUTCString()}\r\nMIME-Version: 1.0\r\n` +
    `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n` +
    `${body.text(requestUsername(i, run))}${TRAILER}\r\n`;
  return { raw, from: sender };
}

const FILLER = 'Our scheduling newsletter: tips, release notes and what customers asked for this week. '.repeat(40);

/** The benchmark's newsletter: a few KB of ordinary prose, no list headers, so the reader reads all of it. */
export function newsletterMail(i: number, run: string, at: Date): string {
  return `From: Newsletter <news${i % 50}@example.org>\r\nTo: ${BOT_ADDRESS}\r\nSubject: Scheduling tips #${i}\r\n` +
    `Message-ID: <${run}-news-${i}@example.org>\r\nDate: ${at.toUTCString()}\r\n\r\nIssue ${i}.\r\n${FILLER}\r\n`;
}

/** `n` request mails received over the last days (all after `since`). */
export function* requestMailbox(n: number, run: string): Generator<MaildirMessage> {
  const start = Date.now() - 2 * 24 * 3600_000;
  for (let i = 0; i < n; i++) {
    const at = new Date(start + i * 1000);
    yield { raw: requestMail(i, run, at).raw, receivedAt: at };
  }
}
