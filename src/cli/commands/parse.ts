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
