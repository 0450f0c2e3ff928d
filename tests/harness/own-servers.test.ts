// Proves the servers the harness owns outright: a Postgres cluster and a redis-server that
// fault tests may kill, wipe and restart, and the SMTP relay's refusal modes.
import pg from 'pg';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendMail, waitForMail } from '../../harness/mail-user.js';
import { startPgCluster, type PgCluster } from '../../harness/pg-cluster.js';
import { startRedisServer, type RedisServer } from '../../harness/redis-server.js';
import { startMailStack, type MailStack } from '../../harness/stack.js';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('own Postgres cluster', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(async () => {
    await cluster?.destroy();
  });

  it('serves a migrated database on its own port', async () => {
    const url = await cluster.createMigratedDatabase('bot');
    expect(cluster.port).not.toBe(5432);
    expect(await query(url, "SELECT to_regclass('deletion_bot.requests') IS NOT NULL AS ok")).toEqual([{ ok: true }]);
  });

  it('keeps committed rows through a SIGKILL and a start', async () => {
    const url = cluster.url('bot');
    await query(url, 'CREATE TABLE survives (n int); INSERT INTO survives VALUES (7)');
    await cluster.kill();
    await expect(query(url, 'SELECT 1')).rejects.toThrow();
    await cluster.start();
    expect(await query(url, 'SELECT n FROM survives')).toEqual([{ n: 7 }]);
  });

  it('ends open sessions on restart', async () => {
    const client = new pg.Client({ connectionString: cluster.url('bot') });
    client.on('error', () => {});
    await client.connect();
    await cluster.restart();
    await expect(client.query('SELECT 1')).rejects.toThrow();
    await client.end().catch(() => {});
    expect(await query(cluster.url('bot'), 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});

describe('own redis-server', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server?.destroy();
  });

  it('keeps keys across a stop and start (AOF), and starts empty after a wipe', async () => {
    const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
    await client.set('k', 'v');
    client.disconnect();
    await server.stop();
    await server.start();
    const again = new Redis(server.url, { maxRetriesPerRequest: 1 });
    expect(await again.get('k')).toBe('v');
    again.disconnect();
    await server.stop();
    await server.wipe();
    await server.start();
    const empty = new Redis(server.url, { maxRetriesPerRequest: 1 });
    expect(await empty.dbsize()).toBe(0);
    empty.disconnect();
  });
});

describe('SMTP relay refusals', () => {
  let stack: MailStack;
  beforeAll(async () => {
    stack = await startMailStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers 421 to every transaction while told to, then delivers again', async () => {
    stack.relay.refuseAll(421);
    const err = await sendMail(stack.relay, { from: 'bob@example.com', to: 'alice@example.com', subject: 'later', text: 'x' }).then(
      () => undefined,
      (e: unknown) => e as { responseCode?: number },
    );
    expect(err?.responseCode).toBe(421);
    expect(stack.relay.refusals).toEqual([{ code: 421, recipient: null }]);
    stack.relay.refuseAll(null);
    const sent = await sendMail(stack.relay, { from: 'bob@example.com', to: 'alice@example.com', subject: 'now', text: 'x' });
    expect((await waitForMail(stack.dovecot, 'alice@example.com', (m) => m.messageId === sent.messageId)).subject).toBe('now');
  });

  it('answers 550 for one recipient only', async () => {
    stack.relay.refuseRecipient('Carol@example.com', 550);
    const err = await sendMail(stack.relay, { from: 'bob@example.com', to: 'carol@example.com', subject: 'no', text: 'x' }).then(
      () => undefined,
      (e: unknown) => e as { responseCode?: number },
    );
    expect(err?.responseCode).toBe(550);
    const sent = await sendMail(stack.relay, { from: 'bob@example.com', to: 'dave@example.com', subject: 'yes', text: 'x' });
    expect((await waitForMail(stack.dovecot, 'dave@example.com', (m) => m.messageId === sent.messageId)).subject).toBe('yes');
    expect(stack.relay.refusals).toContainEqual({ code: 550, recipient: 'carol@example.com' });
  });
});
