import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../config/config.js';
import { SQL_DIR } from '../package-root.js';

/**
 * The declarative deletion plan (sql/deletion-plan.json by default). Table and
 * column names are validated as plain identifiers because they are written
 * into SQL; values always travel as parameters. Objects are strict so that a
 * misspelt key (say "legalHoldColum") stops the bot instead of being ignored.
 */

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a lowercase SQL identifier');
/**
 * A table, optionally after its schema (`social.linked_profiles`). Unqualified, it is found
 * through the search_path of the connection: the application role's own with APP_DATABASE_URL,
 * the bot's (`deletion_bot, public`) in one database, where start and doctor refuse a name that
 * lands on a table of the bot's (check-plan-against-database.ts).
 */
const table = z.string().regex(/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/, 'must be a lowercase SQL identifier, optionally after its schema (e.g. social.linked_profiles)');
const comment = z.string().optional();

const common = {
  $comment: comment,
  /** Stable name of the step: keys the translated category labels and the audit counts. */
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a lowercase name like "access_tokens"'),
  table,
  /** English label of the data, shown to staff and (unless a template translates it) to the requester. */
  category: z.string().min(1),
  accountColumn: identifier,
};

const step = z.discriminatedUnion('action', [
  z.object({ ...common, action: z.literal('delete') }).strict(),
  z.object({ ...common, action: z.literal('redact'), columns: z.array(identifier).min(1) }).strict(),
]);

export const planSchema = z
  .object({
    $comment: comment,
    account: z
      .object({
        $comment: comment,
        table,
        idColumn: identifier,
        usernameColumn: identifier,
        /** Boolean column of the account table; while true, the account's own rows are kept. */
        legalHoldColumn: identifier.optional(),
        /** Column holding the app-scoped Instagram user id Meta's callbacks name; without it they match no account. */
        userIdColumn: identifier.optional(),
      })
      .strict(),
    redactionText: z.string().min(1).default('[deleted user]'),
    steps: z.array(step).min(1),
    /**
     * How Meta's deauthorize callback marks the account's tokens revoked: `statusColumn` of
     * `table` is set to `revokedValue` on every row whose `accountColumn` holds the account's
     * id. Without it the callback revokes nothing (it is still answered and recorded).
     */
    deauthorize: z
      .object({
        $comment: comment,
        table,
        accountColumn: identifier,
        statusColumn: identifier,
        revokedValue: z.union([z.string().min(1), z.boolean()]),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.steps.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `"${s.id}" is used by another step; step ids must be unique` });
      seen.add(s.id);
    });
  });

export type DeletionPlan = z.output<typeof planSchema>;
export type PlanStep = DeletionPlan['steps'][number];

export const DEFAULT_PLAN_FILE = join(SQL_DIR, 'deletion-plan.json');

/**
 * The deletion plan cannot be read or is invalid: a configuration error (every command
 * exits 78), said in one line that names the file and the field, and where the plan's
 * format is described.
 */
export class DeletionPlanError extends ConfigError {
  constructor(problem: string, options?: ErrorOptions) {
    super([problem]);
    this.message = `${problem} (see docs/DELETION.md)`;
    this.name = 'DeletionPlanError';
    if (options && 'cause' in options) this.cause = options.cause;
  }
}

/** Reads and checks the plan; throws {@link DeletionPlanError} when it cannot be read or is invalid. */
export function loadDeletionPlan(file = DEFAULT_PLAN_FILE): DeletionPlan {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DeletionPlanError(`Cannot read the deletion plan ${file}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new DeletionPlanError(`The deletion plan ${file} is invalid: ${where}`);
  }
  return parsed.data;
}

/**
 * A Postgres regular expression matching only unmistakable mentions of the username: the
 * handle after an '@' ("@alice failed", but not "bob@alice.example"), or a profile link
 * ("instagram.com/alice", "https://www.instagram.com/alice/"), each followed by no further
 * handle character. The bare word never matches: a handle may be an ordinary word
 * ("failed", "media"), and "Publishing failed" mentions nobody. A match spans the '@' or the
 * whole link, which the marker then replaces. Handles hold only [a-z0-9._], so '.' is the
 * one character to escape; a '.' ending a sentence is not part of the handle.
 */
export function mentionPattern(username: string): string {
  const escaped = username.toLowerCase().replace(/\./g, '\\.');
  const at = '(?<![A-Za-z0-9._@])@';
  const link = '(?<![A-Za-z0-9._@/-])(?:https?://)?(?:www\\.|m\\.)?instagram\\.com/';
  return `(?:${at}|${link})${escaped}(?![A-Za-z0-9_])(?!\\.[A-Za-z0-9_])`;
}

/**
 * A LIKE pattern that every text holding a mention of the username matches, once lowered
 * in ASCII (and more): the handle's letters in a row. A trigram index answers it
 * (sql/0011_mention_search_ascii_case.sql), so the exact {@link mentionPattern} is tried
 * only on the few rows it lets through instead of on every row of the table. '_' and '%'
 * are LIKE's wildcards, '\\' its escape.
 */
export function mentionLike(username: string): string {
  return `%${username.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
