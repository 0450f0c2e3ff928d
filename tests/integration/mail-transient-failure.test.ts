import { Worker, type Job, type Processor } from 'bullmq';
import { Redis } from 'ioredis';
import nodemailer, { type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { jobIds, QUEUE_NAMES } from '../../src/queue/queues.js';
import { mailProcessor } from '../../workers/mail.worker.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { startMailStack, type MailStack } from '../../harness/stack.js';
import { fileRequestDirect } from './file-request-direct.js';

/**
 * A mail the SMTP server keeps answering with 421 (try later) is retried as
 * often as its job allows; after the last attempt the outbox row is failed and
 * staff are told once, as for a mail refused for good. The job here allows 3
 * attempts, a short pause apart, so the test does not wait for 8.
 */

const ATTEMPTS = 3;
const fixture = useFeatureFixture({ seed: true });
let db: TestDatabase;
let ctx: TestBotContext;
let stack: MailStack;
let redis: Redis;
let transport: Transporter;
let worker: Worker;
const failures: { jobId: string; attemptsMade: number }[] = [];
const waiters: (() => void)[] = [];

beforeAll(async () => {
  ({ db } = fixture);
  ctx = fixture.context();
  stack = await startMailStack();
  transport = nodemailer.createTransport({ host: '127.0.0.1', port: stack.relay.port, secure: false, ignoreTLS: true });
  redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  worker = new Worker(QUEUE_NAMES.mail, mailProcessor(ctx, transport) as Processor, { connection: redis, prefix: fixture.prefix });
  worker.on('failed', (job: Job | undefined) => {
    if (!job?.id) return;
    failures.push({ jobId: job.id, attemptsMade: job.attemptsMade });
    for (const w of waiters.splice(0)) w();
  });
});

afterAll(async () => {
  await worker?.close();
  redis?.disconnect();
  transport?.close();
  await stack?.stop();
});

async function lastFailure(jobId: string): Promise<void> {
  while (!failures.some((f) => f.jobId === jobId && f.attemptsMade >= ATTEMPTS)) {
    await new Promise<void>((resolve) => waiters.push(resolve));
  }
}

describe('a mail that keeps failing with 4xx', () => {
  it('is marked failed after its last attempt, and staff are told once', async () => {
    const id = await fileRequestDirect(ctx, { from: 'alice@example.com', username: 'sunny.days', at: new Date() });
    const { rows: [ack] } = await db.pool.query(`SELECT id FROM outbox WHERE request_id = $1 AND purpose = 'acknowledgment'`, [id]);
    stack.relay.refuseAll(421);
    await ctx.queues.mail.add('send', { outboxId: ack.id }, {
      jobId: jobIds.mail(ack.id), attempts: ATTEMPTS, backoff: { type: 'fixed', delay: 100 },
    });
    await lastFailure(jobIds.mail(ack.id));

    const { rows: [row] } = await db.pool.query(`SELECT state, attempts, last_error FROM outbox WHERE id = $1`, [ack.id]);
    expect(row.state).toBe('failed');
    expect(row.attempts).toBe(ATTEMPTS);
    expect(row.last_error).toContain('421');

    const { rows: alerts } = await db.pool.query(
      `SELECT id, to_addresses, subject, text_body FROM outbox WHERE request_id = $1 AND purpose = 'staff_alert'`, [id]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].to_addresses).toEqual(['staff@pickrtech.com']);
    expect(alerts[0].text_body).toContain('acknowledgment');
    expect(alerts[0].text_body).toContain(`temporary errors (4xx) on all ${ATTEMPTS} attempts`);
    expect(alerts[0].text_body).not.toContain('alice@example.com');
    const { rows: events } = await db.pool.query(`SELECT detail FROM request_events WHERE request_id = $1 AND type = 'mail_failed'`, [id]);
    expect(events).toEqual([{ detail: { purpose: 'acknowledgment', attempts: ATTEMPTS } }]);

    // The server recovers: the alert itself reaches staff (its own job has the usual attempts).
    stack.relay.refuseAll(null);
    await ctx.queues.mail.add('send', { outboxId: alerts[0].id }, { jobId: `${jobIds.mail(alerts[0].id)}-now` });
    for (;;) {
      const { rows: [sent] } = await db.pool.query(`SELECT state FROM outbox WHERE id = $1`, [alerts[0].id]);
      if (sent.state === 'sent') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const toStaff = stack.relay.messages.filter((m) => m.envelope.to.includes('staff@pickrtech.com'));
    expect(toStaff).toHaveLength(1);
    expect(toStaff[0]!.raw.toString()).toContain('could not be delivered');
    expect(stack.relay.messages.some((m) => m.envelope.to.includes('alice@example.com'))).toBe(false);
  });
});
