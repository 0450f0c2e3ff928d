import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { folderOf } from './folder-cycles.js';
import { relativeImports, sourceFiles } from './source-imports.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every file `entry` loads, itself included, following relative imports. */
function reachedFrom(entry: string): Set<string> {
  const next = new Map<string, string[]>();
  for (const line of relativeImports(root, sourceFiles(root, 'src'))) {
    next.set(line.from, [...(next.get(line.from) ?? []), line.to]);
  }
  const reached = new Set<string>();
  const visit = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const to of next.get(file) ?? []) visit(to);
  };
  visit(entry);
  return reached;
}

describe('the two rooms of the mail that comes in', () => {
  it('the poller, which reads the mailbox and stores raw mail, loads nothing of the worker\'s room that handles stored mail', () => {
    const poller = sourceFiles(root, 'src/poller');
    expect(poller).toContain('src/poller/mailbox-watcher.ts');
    const reached = [...reachedFrom('src/poller/mailbox-watcher.ts')];
    expect(reached).toContain('src/poller/inbound-store.ts');
    expect(reached.filter((file) => folderOf(file) === 'intake')).toEqual([]);
  });

  it('the worker\'s room, which handles stored mail, speaks no IMAP: every file of the mailbox is the poller\'s', () => {
    const speaksImap = sourceFiles(root, 'src/intake').filter((file) =>
      ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, false).importedFiles
        .some((named) => named.fileName === 'imapflow'));
    expect(speaksImap).toEqual([]);
  });
});
