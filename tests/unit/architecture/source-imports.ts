import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { FolderImport } from './folder-cycles.js';

/** Every `.ts` file under `dir`, as paths from `root` with `/` separators. */
export function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The relative imports of each file (static, type-only, re-exports and `import()`), as the
 * TypeScript compiler's pre-processor reads them, resolved to the `.ts` file they name.
 */
export function relativeImports(root: string, files: readonly string[]): FolderImport[] {
  const imports: FolderImport[] = [];
  for (const from of files) {
    const text = readFileSync(path.join(root, from), 'utf8');
    for (const named of ts.preProcessFile(text, true, false).importedFiles) {
      if (!named.fileName.startsWith('./') && !named.fileName.startsWith('../')) continue;
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(from), named.fileName));
      imports.push({ from, to: to.replace(/\.js$/, '.ts') });
    }
  }
  return imports;
}

/** Whether the file's code (not its comments or strings) uses the identifier `name`. */
export function namesIdentifier(root: string, file: string, name: string): boolean {
  const text = readFileSync(path.join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node: ts.Node): boolean =>
    (ts.isIdentifier(node) && node.text === name) || (ts.forEachChild(node, visit) ?? false);
  return visit(source);
}
