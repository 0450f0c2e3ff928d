// The daily cap's count of an address's answers reads the GIN index on the outbox's
// recipients (sql/0006, sql/0013), not a pending list that grows with every mail written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_TODAY, AUTOMATIC_ANSWERS } from '../../src/requests/requester-mail.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

let db: TestDatabase;
beforeAll(async () => { db = await createTestDatabase(); });
afterAll(async () => { await db.drop(); });

interface PlanNode { 'Node Type': string; 'Index Name'?: string; 'Shared Hit Blocks': number; 'Shared Read Blocks': number; Plans?: PlanNode[] }

function nodes(n: PlanNode): PlanNode[] {
  return [n, ...(n.Plans ?? []).flatMap(nodes)];
}

async function writeOutbox(rows: number, prefix: string): Promise<void> {
  await db.pool.query(
    `INSERT INTO outbox (purpose, to_addresses, subject, text_body, message_id)
     SELECT 'acknowledgment', ARRAY[$2 || g || '@example.com'], 's', 't', $2 || g || '@bot.example'
       FROM generate_series(1, $1::int) AS g`,
    [rows, prefix],
  );
}

describe('the recipients index behind the daily answer cap', () => {
  it('is written directly, without a pending list', async () => {
    const { rows } = await db.pool.query(`SELECT reloptions FROM pg_class WHERE relname = 'outbox_recipients'`);
    expect(rows[0].reloptions).toContain('fastupdate=off');
  });

  it('counts one address among thousands of fresh mails by reading a few index pages', async () => {
    await writeOutbox(5000, 'busy');
    await db.pool.query(
      `INSERT INTO outbox (purpose, to_addresses, subject, text_body, message_id)
       VALUES ('acknowledgment', ARRAY['cap@example.com'], 's', 't', 'cap1@bot.example'),
              ('needs_info', ARRAY['cap@example.com', 'other@example.com'], 's', 't', 'cap2@bot.example'),
              ('completion', ARRAY['cap@example.com'], 's', 't', 'cap3@bot.example')`,
    );
    const params = ['cap@example.com', AUTOMATIC_ANSWERS];
    expect((await db.pool.query(ANSWERS_TODAY, params)).rows[0].n).toBe(2);

    const client = await db.pool.connect();
    try {
      // As the planner would at the pipeline's scale: the table is small here, so a sequential scan would win.
      await client.query('SET enable_seqscan = off');
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${ANSWERS_TODAY}`, params);
      const scan = nodes(rows[0]['QUERY PLAN'][0].Plan).find((n) => n['Index Name'] === 'outbox_recipients');
      expect(scan, 'the count goes through outbox_recipients').toBeDefined();
      // With a pending list the scan reads every page of it: about 25 for these 5,000 mails.
      expect(scan!['Shared Hit Blocks'] + scan!['Shared Read Blocks']).toBeLessThan(10);
    } finally {
      client.release();
    }
  });
});
