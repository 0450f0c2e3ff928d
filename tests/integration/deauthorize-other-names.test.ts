import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestBotContext } from '../support/bot-context.js';
import { createPool, type Pool } from '../../src/db/pool.js';
import { checkPlanAgainstDatabase, PlanMismatchError } from '../../src/deletion/check-plan-against-database.js';
import { DeletionPlanError, loadDeletionPlan } from '../../src/deletion/deletion-plan.js';
import { deauthorizeMetaUser } from '../../src/meta/deauthorize.js';
import { createAppDatabase, OTHER_NAMES_PLAN_FILE, seedProfile, type AppDatabase } from '../support/app-database.js';
import { useFeatureFixture } from '../support/feature-fixture.js';

/**
 * Meta's deauthorize callback against an application database whose names are not the
 * sample's (tests/fixtures/app-other-names/): the plan says which column marks the account's
 * tokens revoked, and only those rows change. A plan that says nothing revokes nothing, and
 * the callback is still answered and recorded.
 */

const fixture = useFeatureFixture({ seed: true });
let app: AppDatabase;
let appPool: Pool;
let ctx: TestBotContext;
const logged: { msg: string; fields: Record<string, unknown> }[] = [];

beforeAll(async () => {
  app = await createAppDatabase();
  appPool = createPool(app.roleUrl, 3, { botSchema: false });
  const base = fixture.context();
  const log = Object.create(base.log) as TestBotContext['log'];
  log.warn = ((fields: Record<string, unknown>, msg: string) => { logged.push({ fields, msg }); }) as TestBotContext['log']['warn'];
  ctx = { ...base, appPool, plan: app.plan, log };
});

afterAll(async () => {
  await appPool?.end();
  await app?.drop();
});

async function credentialStates(profileId: string): Promise<string[]> {
  const { rows } = await app.pool.query(`SELECT state FROM social.oauth_credentials WHERE profile_ref = $1 ORDER BY credential_id`, [profileId]);
  return rows.map((r) => r.state as string);
}

async function callbacksOf(userId: string): Promise<{ account_found: boolean }[]> {
  const { rows } = await fixture.db.pool.query(`SELECT account_found FROM meta_callbacks WHERE kind = 'deauthorize' AND meta_user_id = $1`, [userId]);
  return rows as { account_found: boolean }[];
}

describe("Meta's deauthorize callback on a schema named otherwise", () => {
  it("marks the account's credentials revoked through the plan's column, and no other account's", async () => {
    const own = await seedProfile(app.pool, 'nadia.deauth', { metaUser: '17841400000000771' });
    const other = await seedProfile(app.pool, 'omar.deauth', { metaUser: '17841400000000772' });

    expect(await deauthorizeMetaUser(ctx, '17841400000000771')).toEqual({ accountFound: true, tokensRevoked: 2 });
    expect(await credentialStates(own.id)).toEqual(['revoked', 'revoked']);
    expect(await credentialStates(other.id)).toEqual(['active', 'active']);
    expect(await callbacksOf('17841400000000771')).toEqual([{ account_found: true }]);

    // Meta may call again: nothing more to revoke.
    expect(await deauthorizeMetaUser(ctx, '17841400000000771')).toEqual({ accountFound: true, tokensRevoked: 0 });
  });

  it('with a plan that does not say how to revoke, revokes nothing, says so in the log, and records the callback', async () => {
    const own = await seedProfile(app.pool, 'pia.deauth', { metaUser: '17841400000000773' });
    const { deauthorize: _, ...plan } = app.plan;
    logged.length = 0;

    expect(await deauthorizeMetaUser({ ...ctx, plan }, '17841400000000773')).toEqual({ accountFound: true, tokensRevoked: 0 });
    expect(await credentialStates(own.id)).toEqual(['active', 'active']);
    expect(await callbacksOf('17841400000000773')).toEqual([{ account_found: true }]);
    expect(logged.map((l) => l.msg)).toEqual([
      'Meta deauthorize callback: the deletion plan has no "deauthorize" entry, so no token was marked revoked; add one to the plan (docs/DELETION.md) to revoke tokens when a user removes the app',
    ]);
  });
});

describe('the "deauthorize" entry of the plan', () => {
  const settings = () => ({ DATABASE_URL: fixture.db.url, APP_DATABASE_URL: app.roleUrl, DATABASE_PREPARED_STATEMENTS: true });
  async function problemsOf(plan: typeof app.plan): Promise<string[]> {
    try {
      await checkPlanAgainstDatabase(settings(), plan);
      return [];
    } catch (err) {
      if (err instanceof PlanMismatchError) return err.problems;
      throw err;
    }
  }

  it('start and doctor name a missing column and the UPDATE to grant', async () => {
    expect(await problemsOf(app.plan)).toEqual([]);
    const plan = structuredClone(app.plan);
    plan.deauthorize = { ...plan.deauthorize!, accountColumn: 'profile', statusColumn: 'status' };
    expect(await problemsOf(plan)).toEqual([
      'column social.oauth_credentials.profile (deauthorize.accountColumn) does not exist: correct the name in the deletion plan',
      'column social.oauth_credentials.status (deauthorize.statusColumn) does not exist: correct the name in the deletion plan',
    ]);
    await app.pool.query(`REVOKE UPDATE (state) ON social.oauth_credentials FROM ${app.role}`);
    try {
      expect(await problemsOf(app.plan)).toEqual([
        `the role ${app.role} may not rewrite state of social.oauth_credentials (tokens revoked on Meta's deauthorize callback): GRANT UPDATE (state) ON social.oauth_credentials TO ${app.role};`,
      ]);
    } finally {
      await app.pool.query(`GRANT UPDATE (state) ON social.oauth_credentials TO ${app.role}`);
    }
  });

  it('a bad field stops the plan with the field named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const file = join(dir, 'deletion-plan.json');
    const json = JSON.parse(readFileSync(OTHER_NAMES_PLAN_FILE, 'utf8'));
    json.deauthorize.statusColumn = 'State; DROP TABLE x';
    delete json.deauthorize.revokedValue;
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadDeletionPlan(file)).toThrow(DeletionPlanError);
    expect(() => loadDeletionPlan(file)).toThrow(
      `The deletion plan ${file} is invalid: deauthorize.statusColumn: must be a lowercase SQL identifier; deauthorize.revokedValue: `,
    );
  });
});
