import { describe, expect, it } from 'vitest';
import { runCli } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { freePort } from '../../harness/ports.js';
import { sendMail, waitForMail } from '../../harness/mail-user.js';
import { accountId, othersOf, rowsOf, snapshot } from './integration-data.js';
import { fileRequest, reply } from './file-request.js';
import { bare, CONTACT, isAck, isNotification, refOf, STAFF } from './mail-facts.js';

/**
 * A person's mail travels the whole way with the bot in its own process: real
 * Dovecot (IMAP + LMTP), a real SMTP endpoint, Postgres and Redis.
 */

const t = useBotStack({ seed: true });

describe('a deletion request, end to end', () => {
  it('approved by a staff reply: the account is deleted, others kept, the confirmation address told', async () => {
    const pool = t.db.pool;
    const sunny = await accountId(pool, 'sunny.days');
    expect(sunny).not.toBeNull();
    const before = await snapshot(pool);
    expect(rowsOf(before, sunny!)).toEqual({ ig_accounts: 1, ig_access_tokens: 2, ig_publishing_logs: 3, ig_error_logs: 2 });

    const request = await sendMail(t.stack.relay, {
      from: 'alice@example.com',
      to: CONTACT,
      subject: 'Instagram data deletion request',
      text:
        'Hello PickrTech,\n\nI want my Instagram-related app data deleted. My Instagram username is @Sunny.Days.\n' +
        'Please confirm completion to confirm@example.net.\n\nThank you,\nAlice\n',
    });

    const ack = await waitForMail(t.stack.dovecot, 'alice@example.com', isAck);
    const ref = refOf(ack.subject);
    expect(ref).toMatch(/^DR-\d{4}-\d{5}$/);
    expect(ack.text).toContain(`Your reference: ${ref}`);
    expect(bare(ack.inReplyTo)).toBe(bare(request.messageId));
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');

    const note = await waitForMail(t.stack.dovecot, STAFF, isNotification(ref!));
    expect(note.text).toContain('@sunny.days');
    expect(note.text).toContain('confirm@example.net');
    expect(note.text).toMatch(/ig_access_tokens\s+delete\s+2/);
    expect(note.text).toMatch(/ig_accounts\s+delete\s+1/);
    expect(note.text).toContain('APPROVE');
    // Nothing is deleted before a human decides.
    expect(rowsOf(await snapshot(pool), sunny!)).toEqual(rowsOf(before, sunny!));

    await sendMail(t.stack.relay, {
      from: STAFF,
      to: CONTACT,
      subject: `Re: ${note.subject}`,
      text: `Approve\n\nOn Sat, staff wrote:\n> ${note.text.split('\n').join('\n> ')}\n`,
      inReplyTo: note.messageId!,
      references: [note.messageId!],
    });

    const done = await waitForMail(t.stack.dovecot, 'confirm@example.net', (m) => m.subject.includes(ref!));
    expect(done.subject).toMatch(/has been deleted/);
    expect(bare(done.inReplyTo)).toBe(bare(request.messageId));
    expect(done.references.map(bare)).toContain(bare(request.messageId));
    expect(done.text).toContain(`Reference: ${ref}`);
    expect(done.text).toContain('access tokens and authorization status: 2 deleted');
    expect(done.text).toContain('publishing logs: 3 deleted');

    const after = await snapshot(pool);
    expect(rowsOf(after, sunny!)).toEqual({ ig_accounts: 0, ig_access_tokens: 0, ig_publishing_logs: 0, ig_error_logs: 0 });
    // Every other row is still there, changed only where it named @sunny.days (the bare word is no mention).
    const redact = (v: unknown) => (typeof v === 'string' ? v.replace(/@sunny\.days/gi, '[deleted user]') : v);
    const expected = Object.fromEntries(
      Object.entries(othersOf(before, sunny!)).map(([k, r]) => [k, Object.fromEntries(Object.entries(r).map(([c, v]) => [c, redact(v)]))]),
    );
    expect(othersOf(after, sunny!)).toEqual(expected);
    expect(JSON.stringify(after)).not.toMatch(/@sunny\.days/i);

    const shown = await runCli(['requests', 'show', ref!], t.env);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`${ref}  completed`);
    expect(shown.stdout).toMatch(/approved\s+staff@pickrtech\.com\s+Approved by staff@pickrtech\.com by email/);
    expect(shown.stdout).toMatch(/deleted\s+bot\s+Deleted \d+ rows; request completed/);
    expect(shown.stdout).toMatch(/Mail sent: completion to the requester/);
  });

  it('rejected by a staff reply: nothing is deleted and the requester is told why', async () => {
    const pool = t.db.pool;
    const before = await snapshot(pool);

    const { ref, note } = await fileRequest(t, {
      from: 'bob@example.com',
      subject: 'Delete my data',
      text: 'Hi, please delete my Instagram data that your app holds. Instagram: bob_builds\n',
    });
    await reply(t, 'staff2@pickrtech.com', note,
      'REJECT The account bob_builds is not connected to the address you wrote from.\n\n> quoted notification\n');

    const answer = await waitForMail(t.stack.dovecot, 'bob@example.com', (m) => m.subject.includes(ref) && /about your data deletion request/i.test(m.subject));
    expect(answer.text).toContain('Reason: The account bob_builds is not connected to the address you wrote from.');
    expect(answer.text).toContain('No data was deleted');

    expect(await snapshot(pool)).toEqual(before);
    const { rows } = await pool.query(`SELECT state, decided_by FROM requests WHERE reference = $1`, [ref]);
    expect(rows[0]).toEqual({ state: 'rejected', decided_by: 'staff2@pickrtech.com' });
  });

  it('approved from the CLI while Redis is down: the bot finishes the job from Postgres', async () => {
    const { ref } = await fileRequest(t, {
      from: 'carol@example.com',
      subject: 'Please delete my data',
      text: 'I would like PickrTech to delete my Instagram data. username: carol.cooks\n',
    });
    expect(await t.stop()).toBe(0);

    const closedPort = await freePort();
    const approved = await runCli(['approve', ref, '--by', 'olivia'], { ...t.env, REDIS_URL: `redis://127.0.0.1:${closedPort}` });
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toContain(`${ref} approved by cli:olivia`);
    expect(approved.stderr).toContain('Redis is unreachable');

    await t.start();
    const done = await waitForMail(t.stack.dovecot, 'carol@example.com', (m) => m.subject.includes(ref) && /has been deleted/.test(m.subject));
    expect(done.text).toContain('account identifiers (Instagram account id and username): 1 deleted');
    expect(await accountId(t.db.pool, 'carol.cooks')).toBeNull();
  });

  it('serves health, readiness and metrics over HTTP', async () => {
    const base = `http://127.0.0.1:${t.env.HTTP_PORT}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { postgres: 'ok', redis: 'ok', mailbox: 'ok' } });
    // The request counts come from a snapshot refreshed every METRICS_REFRESH_SECONDS (15 s).
    let metrics = '';
    for (let i = 0; i < 40; i++) {
      metrics = await (await fetch(`${base}/metrics`)).text();
      if (metrics.includes('deletion_bot_requests{state="completed"} 2')) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(metrics).toContain('deletion_bot_requests{state="completed"} 2');
    expect(metrics).toContain('deletion_bot_requests{state="rejected"} 1');
    expect(metrics).toMatch(/deletion_bot_jobs_total\{queue="mail",outcome="completed"\} \d+/);
  });

  it('logs name requests by reference, never a username or an address', () => {
    const all = t.logs.flat().join('\n');
    expect(all).toMatch(/DR-\d{4}-\d{5}/);
    for (const secret of ['sunny.days', 'bob_builds', 'carol.cooks', 'alice@example.com', 'bob@example.com', 'carol@example.com', 'confirm@example.net', 'staff@pickrtech.com']) {
      expect(all.toLowerCase()).not.toContain(secret);
    }
  });
});
