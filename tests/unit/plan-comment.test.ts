import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_FILE } from '../../src/deletion/deletion-plan.js';
import { REPO_ROOT } from '../../harness/bot-process.js';

/** Every section the shipped plan's comment sends its reader to ("docs/X.md, 'Section'") is a heading of that document. */
describe('the shipped deletion plan comment', () => {
  const comment = (JSON.parse(readFileSync(DEFAULT_PLAN_FILE, 'utf8')) as { $comment: string }).$comment;
  const references = [...comment.matchAll(/(docs\/[A-Z_]+\.md), '([^']+)'/g)].map((m) => ({ doc: m[1]!, section: m[2]! }));

  it('names at least one section', () => {
    expect(references.length).toBeGreaterThan(0);
  });

  it.each(references)('$doc has a section "$section"', ({ doc, section }) => {
    const headings = readFileSync(join(REPO_ROOT, doc), 'utf8').split('\n').filter((l) => l.startsWith('#')).map((l) => l.replace(/^#+\s*/, ''));
    expect(headings.some((h) => h.startsWith(section)), headings.join('\n')).toBe(true);
  });
});
