import { beforeAll, describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { accountId, rowsOf, snapshot } from './integration-data.js';
import { fileWithHeaders, processed, refusalAlerts, refusals, replyTo, stateOf } from './approval-helpers.js';
import { STAFF } from './mail-facts.js';

/**
 * With STAFF_REQUIRE_DMARC=true a staff reply counts only when the receiving
 * server named by TRUSTED_AUTHSERV_ID wrote Authentication-Results showing
 * DMARC (or aligned DKIM) pass. In these tests that header is what "our"
 * server added; anything from another authserv-id is what a forger can write.
 */

const TRUSTED = 'mx.pickrtech.test';
const t = useBotStack({ seed: true, start: false });

beforeAll(async () => {
  t.env.STAFF_REQUIRE_DMARC = 'true';
  t.env.TRUSTED_AUTHSERV_ID = TRUSTED;
  await t.start();
});

describe('staff replies under STAFF_REQUIRE_DMARC', () => {
  it('staff see the requester\'s authentication results from the trusted server only', async () => {
    const { ref, note } = await fileWithHeaders(t, {
      from: 'alice@example.com', subject: 'Instagram data deletion request',
      text: 'I want my Instagram-related app data deleted. My Instagram username is @sunny.days.\n',
      headers: {
        'Authentication-Results': [
          `${TRUSTED}; dkim=pass header.d=example.com header.s=s1; spf=softfail smtp.mailfrom=example.com; dmarc=pass header.from=example.com`,
          'relay.example.org; dkim=fail; spf=fail; dmarc=fail',
        ],
      } as unknown as Record<string, string>,
    });
    expect(note.text).toContain(`Sender authentication (Authentication-Results of ${TRUSTED}):\n  DKIM pass, SPF softfail, DMARC pass`);
    const { rows } = await t.db.pool.query(`SELECT sender_auth FROM requests WHERE reference = $1`, [ref]);
    expect(rows[0].sender_auth).toEqual({ authservId: TRUSTED, dkim: 'pass', spf: 'softfail', dmarc: 'pass' });
  });

  it('a mail without the trusted header shows the results as not available', async () => {
    const { note } = await fileWithHeaders(t, {
      from: 'bob@example.com', subject: 'Delete my data',
      text: 'Hi, please delete my Instagram data that your app holds. Instagram: bob_builds\n',
      headers: { 'Authentication-Results': 'relay.example.org; dkim=pass; spf=pass; dmarc=pass' },
    });
    expect(note.text).toContain(`Sender authentication: not available (the mail carries no Authentication-Results from ${TRUSTED})`);
  });

  it('refuses DMARC fail, a pass from another authserv-id and no results at all; a passing reply then decides', async () => {
    const pool = t.db.pool;
    const sunny = (await accountId(pool, 'sunny.days'))!;
    const before = await snapshot(pool);
    const note = await waitForMail(t.stack.dovecot, STAFF, (m) => /waiting for approval/.test(m.subject) && m.text.includes('@sunny.days'));
    const ref = /DR-\d{4}-\d{5}/.exec(note.subject)![0];

    const attempts = await Promise.all([
      // Our server says DMARC failed (a forged From: staff@pickrtech.com).
      sendMail(t.stack.relay, replyTo(note, STAFF, 'APPROVE\n', {
        'Authentication-Results': `${TRUSTED}; dkim=none; spf=fail smtp.mailfrom=pickrtech.com; dmarc=fail (p=reject) header.from=pickrtech.com`,
      })),
      // A "pass" written by someone else: only the trusted authserv-id counts.
      sendMail(t.stack.relay, replyTo(note, STAFF, 'APPROVE\n', {
        'Authentication-Results': 'mx.attacker.example; dkim=pass header.d=pickrtech.com; spf=pass; dmarc=pass header.from=pickrtech.com',
      })),
      // Our fail on top, and a forged "pass" with our id below it: the topmost trusted field counts.
      sendMail(t.stack.relay, replyTo(note, 'staff2@pickrtech.com', 'APPROVE\n', {
        'Authentication-Results': [`${TRUSTED}; dmarc=fail header.from=pickrtech.com`, `${TRUSTED}; dmarc=pass header.from=pickrtech.com`],
      } as unknown as Record<string, string>)),
      // No Authentication-Results at all.
      sendMail(t.stack.relay, replyTo(note, STAFF, 'APPROVE\n')),
    ]);
    await processed(pool, attempts.map((a) => a.messageId));

    expect(await stateOf(pool, ref)).toBe('awaiting_approval');
    expect(rowsOf(await snapshot(pool), sunny)).toEqual({ ig_accounts: 1, ig_access_tokens: 2, ig_publishing_logs: 3, ig_error_logs: 2 });
    expect(await snapshot(pool)).toEqual(before);
    const refused = await refusals(pool, ref);
    expect(refused.map((r) => r.reason)).toEqual(['auth_failed', 'auth_failed', 'auth_failed', 'auth_failed']);
    expect(refused.map((r) => r.why).sort()).toEqual([
      `${TRUSTED} reports dmarc=fail for pickrtech.com`,
      `${TRUSTED} reports dmarc=fail for pickrtech.com`,
      `the mail carries no Authentication-Results from ${TRUSTED}`,
      `the mail carries no Authentication-Results from ${TRUSTED}`,
    ]);
    const alerts = await refusalAlerts(t, ref, 4);
    expect(alerts.every((m) => /refused \(authentication failed\)/.test(m.subject))).toBe(true);
    expect(alerts.map((m) => m.text).join('\n')).toContain(`Reason: authentication failed: ${TRUSTED} reports dmarc=fail for pickrtech.com`);
    expect((await listMail(t.stack.dovecot, 'alice@example.com')).filter((m) => m.subject.includes(ref)).map((m) => m.subject))
      .toEqual([`[${ref}] We received your data deletion request`]);

    // The same reply with our server's DMARC pass decides.
    await sendMail(t.stack.relay, replyTo(note, STAFF, 'APPROVE\n', {
      'Authentication-Results': `${TRUSTED}; dkim=pass header.d=pickrtech.com; spf=pass smtp.mailfrom=pickrtech.com; dmarc=pass header.from=pickrtech.com`,
    }));
    await waitForMail(t.stack.dovecot, 'alice@example.com', (m) => m.subject.includes(ref) && /has been deleted/.test(m.subject));
    expect(rowsOf(await snapshot(pool), sunny)).toEqual({ ig_accounts: 0, ig_access_tokens: 0, ig_publishing_logs: 0, ig_error_logs: 0 });
  });

  it('accepts DKIM aligned to the staff domain when the server did not evaluate DMARC', async () => {
    const pool = t.db.pool;
    const note = await waitForMail(t.stack.dovecot, STAFF, (m) => /waiting for approval/.test(m.subject) && m.text.includes('@bob_builds'));
    const ref = /DR-\d{4}-\d{5}/.exec(note.subject)![0];
    const before = await snapshot(pool);
    await sendMail(t.stack.relay, replyTo(note, 'staff2@pickrtech.com', 'REJECT We could not match the account to the sender.\n', {
      'Authentication-Results': `${TRUSTED}; dkim=pass header.d=pickrtech.com header.s=s1; spf=pass smtp.mailfrom=pickrtech.com`,
    }));
    const answer = await waitForMail(t.stack.dovecot, 'bob@example.com', (m) => m.subject.includes(ref) && /about your data deletion request/i.test(m.subject));
    expect(answer.text).toContain('We could not match the account to the sender.');
    expect(await stateOf(pool, ref)).toBe('rejected');
    expect(await snapshot(pool)).toEqual(before);
  });
});
