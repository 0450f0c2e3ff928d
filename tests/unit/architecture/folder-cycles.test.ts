import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeCycle, findFolderCycles, folderOf, type FolderImport } from './folder-cycles.js';
import { namesIdentifier, relativeImports, sourceFiles } from './source-imports.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const line = (from: string, to: string): FolderImport => ({ from: `src/${from}`, to: `src/${to}` });

describe('loops between folders, on a small graph', () => {
  it('finds none when every import goes one way', () => {
    expect(findFolderCycles([
      line('b/x.ts', 'a/y.ts'), line('c/x.ts', 'b/y.ts'), line('c/z.ts', 'a/y.ts'), line('a/x.ts', 'a/y.ts'),
    ])).toEqual([]);
  });

  it('names two folders that import each other and the import of the lighter way', () => {
    const cycles = findFolderCycles([
      line('requests/open.ts', 'queue/queues.ts'),
      line('requests/advance.ts', 'queue/queues.ts'),
      line('queue/reconciler.ts', 'requests/store.ts'),
    ]);
    expect(cycles).toEqual([{
      folders: ['requests', 'queue'],
      closing: line('queue/reconciler.ts', 'requests/store.ts'),
      sameWay: 1,
    }]);
    expect(describeCycle(cycles[0]!)).toMatch(
      /^src\/requests -> src\/queue -> src\/requests: src\/queue\/reconciler\.ts imports src\/requests\/store\.ts\. Move /,
    );
  });

  it('finds a loop through three folders, which no pair shows', () => {
    const cycles = findFolderCycles([
      line('b/x.ts', 'a/y.ts'), line('b/z.ts', 'a/y.ts'), line('c/x.ts', 'b/y.ts'), line('c/z.ts', 'b/y.ts'),
      line('a/x.ts', 'c/y.ts'),
    ]);
    expect(cycles.map((c) => [c.folders, c.closing])).toEqual([[['c', 'b', 'a'], line('a/x.ts', 'c/y.ts')]]);
  });

  it('names every loop of a tangle, each with its own import, until none is left', () => {
    const cycles = findFolderCycles([
      line('b/x.ts', 'a/y.ts'), line('b/w.ts', 'a/y.ts'), line('a/x.ts', 'b/y.ts'),
      line('c/x.ts', 'a/y.ts'), line('c/w.ts', 'a/y.ts'), line('a/z.ts', 'c/y.ts'),
      line('d/x.ts', 'e/y.ts'), line('e/x.ts', 'd/y.ts'),
    ]);
    expect(cycles.map((c) => c.closing)).toEqual([
      line('a/x.ts', 'b/y.ts'), line('a/z.ts', 'c/y.ts'), line('e/x.ts', 'd/y.ts'),
    ]);
  });

  it('counts the imports going the same way as the one named', () => {
    const [cycle] = findFolderCycles([
      line('a/x.ts', 'b/y.ts'), line('a/w.ts', 'b/y.ts'), line('a/v.ts', 'b/y.ts'),
      line('b/x.ts', 'a/y.ts'), line('b/w.ts', 'a/v.ts'),
    ]);
    expect(cycle!.sameWay).toBe(2);
    expect(describeCycle(cycle!)).toContain('src/b/x.ts imports src/a/y.ts (and 1 more import the same way)');
  });

  it('counts a file directly under src/ as no folder', () => {
    expect(folderOf('src/package-root.ts')).toBeUndefined();
    expect(folderOf('src/cli/commands/run.ts')).toBe('cli');
    expect(folderOf('workers/mail.ts')).toBeUndefined();
  });
});

describe('the folders of src/', () => {
  it('reads every kind of import the compiler sees, and no import named in a comment', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'folder-imports-'));
    mkdirSync(path.join(dir, 'src/a'), { recursive: true });
    writeFileSync(path.join(dir, 'src/a/x.ts'), [
      "import type { T } from '../b/types.js';",
      "export { f } from '../c/f.js';",
      "import '../d/side.js';",
      "import { z } from 'zod';",
      "// import { nope } from '../e/nope.js';",
      "export const later = async () => import('../f/later.js');",
    ].join('\n'));
    expect(relativeImports(dir, sourceFiles(dir, 'src')).map((i) => i.to)).toEqual([
      'src/b/types.ts', 'src/c/f.ts', 'src/d/side.ts', 'src/f/later.ts',
    ]);
  });

  it('import each other in no loop: each folder builds only on folders below it', () => {
    const cycles = findFolderCycles(relativeImports(root, sourceFiles(root, 'src')));
    expect(cycles.map(describeCycle)).toEqual([]);
  });

  it('leave BotContext, the whole wiring of the bot, to src/app: a feature declares the narrow dependencies it uses', () => {
    const naming = [...sourceFiles(root, 'src'), ...sourceFiles(root, 'workers')]
      .filter((file) => !file.startsWith('src/app/') && namesIdentifier(root, file, 'BotContext'));
    expect(naming).toEqual([]);
  });
});
