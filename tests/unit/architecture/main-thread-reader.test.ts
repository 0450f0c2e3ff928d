// The bot's main thread hands every message to its parse threads (parse-pool.ts): the reader
// (the rules, the packs' tries, the language detector, the mail parser) is loaded there, not
// in the main thread, which would otherwise hold a second copy of it all the bot's life.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The relative modules `file` loads when it is loaded: its import and export declarations as
 * emitted (verbatimModuleSyntax keeps `import { type X }` as a load; `import type` is dropped),
 * not `import()`, which loads only when it runs.
 */
function loadedBy(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) specifier = statement.moduleSpecifier;
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier.text)).replace(/\.js$/, '.ts');
    if (existsSync(path.join(root, to))) out.push(to);
  }
  return out;
}

function reachedFrom(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const to of loadedBy(file)) visit(to);
  };
  visit(entry);
  return reached;
}

const READER = [
  'src/intake/new-request-candidate.ts',
  'src/understanding/understand.ts',
  'src/understanding/language.ts',
  'src/understanding/languages/registry.ts',
  'src/mail-in/read-mail.ts',
];

describe('the reader is loaded by the parse threads only', () => {
  it('a parse thread loads the reader', () => {
    const thread = reachedFrom('src/intake/parse-thread.ts');
    expect(READER.filter((file) => !thread.has(file))).toEqual([]);
  });

  it('the bot\'s main thread (its composition root and workers) loads none of it', () => {
    const main = reachedFrom('src/app/start-bot.ts');
    expect(main.has('workers/inbound.worker.ts')).toBe(true);
    expect(main.has('src/intake/parse-pool.ts')).toBe(true);
    expect(READER.filter((file) => main.has(file))).toEqual([]);
  });
});
