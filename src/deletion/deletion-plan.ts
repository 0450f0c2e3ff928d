import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SQL_DIR } from '../package-root.js';

/**
 * The declarative deletion plan (sql/deletion-plan.json by default). Table and
 * column names are validated as plain identifiers because they are written
 * into SQL; values always travel as parameters.
 */

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a lowercase SQL identifier');

const step = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('delete'),
    table: identifier,
    category: z.string().min(1),
    accountColumn: identifier,
  }),
  z.object({
    action: z.literal('redact'),
    table: identifier,
    category: z.string().min(1),
    accountColumn: identifier,
    columns: z.array(identifier).min(1),
  }),
]);

export const planSchema = z.object({
  account: z.object({
    table: identifier,
    idColumn: identifier,
    usernameColumn: identifier,
    legalHoldColumn: identifier.optional(),
  }),
  redactionText: z.string().default('[deleted user]'),
  steps: z.array(step).min(1),
});

export type DeletionPlan = z.output<typeof planSchema>;
export type PlanStep = DeletionPlan['steps'][number];

export const DEFAULT_PLAN_FILE = join(SQL_DIR, 'deletion-plan.json');

export function loadDeletionPlan(file = DEFAULT_PLAN_FILE): DeletionPlan {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read the deletion plan ${file}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`The deletion plan ${file} is invalid: ${where}`);
  }
  return parsed.data;
}

/**
 * A Postgres regular expression matching the username as a whole handle,
 * with or without '@': "alice" matches in "@alice failed" but not in "malice"
 * nor in "alice_b". Handles hold only [a-z0-9._], so '.' is the one character
 * to escape.
 */
export function mentionPattern(username: string): string {
  const escaped = username.toLowerCase().replace(/\./g, '\\.');
  return `(?<![A-Za-z0-9._@])@?${escaped}(?![A-Za-z0-9_])(?!\\.[A-Za-z0-9_])`;
}
