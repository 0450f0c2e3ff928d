// vitest globalSetup: migrates one template database per test run; each test file then
// copies it (CREATE DATABASE ... TEMPLATE), which is much faster than migrating again.
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { migrateWithSampleSchema } from '../../harness/sample-database.js';
import { dropDatabase, quoteIdent, templateName, testDatabasePrefix, urlFor, withAdmin } from '../../harness/pg-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = templateName(randomBytes(5).toString('hex'));
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${quoteIdent(template)}`));
  try {
    await migrateWithSampleSchema(urlFor(template));
  } catch (err) {
    await withAdmin((admin) => dropDatabase(admin, template));
    throw new Error(`migrating the template database ${template} failed: ${String(err)}`, { cause: err });
  }
  project.provide('pgTemplate', template);

  return async function teardown(): Promise<void> {
    await withAdmin(async (admin) => {
      const prefix = testDatabasePrefix(template).replace(/[\\_%]/g, '\\$&');
      const leftovers = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
      for (const { datname } of leftovers.rows) await dropDatabase(admin, datname);
      await dropDatabase(admin, template);
    });
  };
}
