/**
 * `deletion-bot parse FILE...`: what the bot understands of each mail file,
 * one JSON line per file in argument order. The mail's content never changes
 * the exit code (any mail is a valid input); only an unreadable file does, and
 * the other files are still reported.
 */
import { readFile } from 'node:fs/promises';
import { readMail } from '../../mail-in/read-mail.js';
import { understandWithEvidence } from '../../understanding/understand.js';
import type { UnderstandOptions } from '../../understanding/types.js';
import { explainLines } from './parse-explain.js';

/** Shown under `deletion-bot parse --help`. */
export const PARSE_HELP = `
Each file gives one JSON object on its own line, in the order the files were named:
  file                the path as given
  kind                deletion_request | incomplete_request | auto_reply | staff_reply | other
  instagramUsername   lowercase handle without @ (deletion_request only, else null)
  confirmationEmail   where completion is confirmed (requests only, else null)
  confirmationSource  explicit (written in the mail or a mailto: link) | reply_to | sender
  statement           the words that ask for deletion, for staff to read
  missing             required fields that are absent, e.g. ["instagramUsername"]
  language            en es fr de pt it nl tr ja, or null when it cannot be told

Exit status: 0 whatever the mails say; 2 when a file cannot be read (it is named on
stderr and the other files are still printed).
STAFF_EMAILS, BOT_ADDRESS and OWN_INSTAGRAM_HANDLES are read from the environment when set.

--explain adds, under each JSON line, which rule found each field (kind, username,
confirmation address, language), how sure that rule is (high, medium, low), and the
confidence of the whole reading (its weakest field), as staff see it in the notification.

Example:
  deletion-bot parse tests/fixtures/mail/plain-english-request-1.eml
  deletion-bot parse --explain tests/fixtures/mail/plain-english-request-1.eml
`;

export async function parseFiles(
  files: string[],
  opts: UnderstandOptions,
  write: (line: string) => void,
  explain = false,
): Promise<number> {
  let code = 0;
  for (const file of files) {
    let raw: Buffer;
    try {
      raw = await readFile(file);
    } catch (error) {
      process.stderr.write(`deletion-bot parse: cannot read ${file}: ${reason(error)}\n`);
      code = 2;
      continue;
    }
    const { understanding: u, evidence } = understandWithEvidence(await readMail(raw), opts);
    write(
      JSON.stringify({
        file,
        kind: u.kind,
        instagramUsername: u.instagramUsername,
        confirmationEmail: u.confirmationEmail,
        confirmationSource: u.confirmationSource,
        statement: u.statement,
        missing: u.missing,
        language: u.language,
      }),
    );
    if (explain) for (const line of explainLines(u, evidence)) write(line);
  }
  return code;
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    return code;
  }
  return error instanceof Error ? error.message : String(error);
}
