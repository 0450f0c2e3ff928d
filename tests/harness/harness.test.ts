// Proves the test harness itself: real mail through SMTP -> LMTP -> IMAP, refusals,
// dropped sessions, restarts, and the per-file migrated database.
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase } from '../../harness/postgres.js';
import { startSmtpRelay } from '../../harness/smtp-relay.js';
import { startMailStack } from '../../harness/stack.js';
import type { MailStack } from '../../harness/stack.js';

describe('mail stack', () => {
  let stack: MailStack;
  beforeAll(async () => {
    stack = await startMailStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('delivers a mail sent through the relay into the recipient IMAP mailbox', async () => {
    const sent = await sendMail(stack.relay, {
      from: 'bob@example.com',
      to: 'alice@example.com',
      subject: 'Please delete my data',
      text: 'My Instagram username is @bob.',
    });
    const got = await waitForMail(stack.dovecot, 'alice@example.com', (m) => m.messageId === sent.messageId);
    expect(got.subject).toBe('Please delete my data');
    expect(got.from).toBe('bob@example.com');
    expect(got.to).toEqual(['alice@example.com']);
    expect(got.text).toContain('@bob');
    expect(got.seen).toBe(false);
    expect(stack.relay.messages.at(-1)?.envelope).toEqual({ from: 'bob@example.com', to: ['alice@example.com'] });
    expect(await listMail(stack.dovecot, 'bob@example.com')).toEqual([]);
  });

  it('keeps threading headers', async () => {
    const first = await sendMail(stack.relay, { from: 'carol@example.com', to: 'dave@example.com', subject: 'one', text: '1' });
    const reply = await sendMail(stack.relay, {
      from: 'dave@example.com',
      to: 'carol@example.com',
      subject: 'Re: one',
      text: '2',
      inReplyTo: first.messageId,
      references: [first.messageId],
    });
    const got = await waitForMail(stack.dovecot, 'carol@example.com', (m) => m.messageId === reply.messageId);
    expect(got.inReplyTo).toBe(first.messageId);
    expect(got.references).toEqual([first.messageId]);
  });

  it('refuses an unknown recipient with a permanent 5xx error', async () => {
    const err = await sendMail(stack.relay, { from: 'bob@example.com', to: 'nobody@example.com', subject: 'lost', text: 'x' }).then(
      () => undefined,
      (e: unknown) => e as { responseCode?: number; message: string },
    );
    expect(err?.responseCode).toBe(550);
    expect(err?.message).toMatch(/doesn't exist/);
    expect(stack.relay.messages.some((m) => m.envelope.to.includes('nobody@example.com'))).toBe(false);
  });

  it('answers 4xx (try again later) when the mailbox server is unreachable', async () => {
    const relay = await startSmtpRelay({ lmtpPort: await freePort() });
    try {
      const err = await sendMail(relay, { from: 'bob@example.com', to: 'alice@example.com', subject: 'x', text: 'x' }).then(
        () => undefined,
        (e: unknown) => e as { responseCode?: number },
      );
      expect(err?.responseCode).toBe(451);
    } finally {
      await relay.stop();
    }
  });

  it('names the subjects that did arrive when the awaited mail does not', async () => {
    await sendMail(stack.relay, { from: 'bob@example.com', to: 'erin@example.com', subject: 'Something else', text: 'x' });
    await waitForMail(stack.dovecot, 'erin@example.com', (m) => m.subject === 'Something else');
    await expect(waitForMail(stack.dovecot, 'erin@example.com', (m) => m.subject === 'never sent', { timeoutMs: 1500 })).rejects.toThrow(
      /Something else/,
    );
  });

  it('kick drops the IMAP session of that user', async () => {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: stack.dovecot.imapPort,
      secure: false,
      auth: { user: 'alice@example.com', pass: stack.dovecot.passwordFor('alice@example.com') },
      logger: false,
    });
    client.on('error', () => {});
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    await client.connect();
    await client.mailboxOpen('INBOX');
    await stack.dovecot.kick('alice@example.com');
    await closed;
    expect(client.usable).toBe(false);
  });

  it('keeps the mail and delivers again after a restart', async () => {
    await stack.dovecot.restart();
    const sent = await sendMail(stack.relay, { from: 'bob@example.com', to: 'alice@example.com', subject: 'after restart', text: 'x' });
    const got = await waitForMail(stack.dovecot, 'alice@example.com', (m) => m.messageId === sent.messageId);
    expect(got.subject).toBe('after restart');
    expect((await listMail(stack.dovecot, 'alice@example.com')).map((m) => m.subject)).toContain('Please delete my data');
  });
});

describe('test database', () => {
  it('is a migrated copy of the template, and drop removes it', async () => {
    const db = await createTestDatabase();
    const tables = await db.pool.query<{ exists: boolean }>("SELECT to_regclass('deletion_bot.requests') IS NOT NULL AS exists");
    expect(tables.rows[0]?.exists).toBe(true);
    await db.drop();
    const { Client } = (await import('pg')).default;
    const admin = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
    await admin.connect();
    try {
      const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]);
      expect(left.rowCount).toBe(0);
    } finally {
      await admin.end();
    }
  });
});
