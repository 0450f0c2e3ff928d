import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { REPO_ROOT } from '../../harness/bot-process.js';
import { deliverDirect, listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { bare, CONTACT, isAck, refOf } from './mail-facts.js';

/**
 * Hostile input fed to the running bot, as an attacker would send it: every sample of
 * tests/fixtures/hostile/, header injection in every field, SQL metacharacters and a 100 KB
 * mail. The bot keeps serving, no injected header or address reaches an outgoing mail, and
 * what people wrote is stored as written.
 */

const t = useBotStack({ seed: true, users: ['after@example.com', 'bobby@example.com', 'attacker@example.com', 'eve@example.com', 'sender3@example.com', 'third.party@example.org'] });
const HOSTILE = join(REPO_ROOT, 'tests/fixtures/hostile');
/** Addresses the hostile samples try to smuggle into headers; none may receive anything. */
const SMUGGLED = /victim@|y@example\.com|z@example\.com|injected@|evil@|more@/i;

function headerBlock(raw: Buffer): string {
  const text = raw.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  return end < 0 ? text : text.slice(0, end);
}

describe('abuse through the running bot', () => {
  it('survives every hostile sample, then serves the next mail; no injected header or recipient goes out', async () => {
    const files = (await readdir(HOSTILE)).filter((f) => f.endsWith('.eml')).sort();
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      await deliverDirect(t.stack.dovecot, { from: 'attacker@example.com', to: [CONTACT], raw: await readFile(join(HOSTILE, f)) });
    }
    await waitUntil(async () => {
      const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM inbound_messages WHERE processed_at IS NOT NULL`);
      return rows[0].n >= files.length;
    }, `the bot did not handle all ${files.length} hostile samples`, 120_000, 500);

    // The next ordinary request is still answered.
    const sent = await sendMail(t.stack.relay, { from: 'after@example.com', to: CONTACT, subject: 'Delete my data', text: 'Please delete my Instagram data. Username: after.hostile\n' });
    const ack = await waitForMail(t.stack.dovecot, 'after@example.com', (m) => isAck(m) && bare(m.inReplyTo) === bare(sent.messageId));
    expect(refOf(ack.subject)).toMatch(/^DR-/);

    const fromBot = t.stack.relay.messages.filter((m) => m.envelope.from === CONTACT);
    expect(fromBot.length).toBeGreaterThan(0);
    for (const m of fromBot) {
      for (const rcpt of m.envelope.to) expect(rcpt, 'a smuggled address received bot mail').not.toMatch(SMUGGLED);
      const headers = headerBlock(m.raw);
      expect(headers).not.toMatch(/^(bcc|x-injected):/im);
      expect(headers, 'an injected Cc').not.toMatch(/^cc:.*(more|victim)@/im);
      // Every physical header line is a header or a folded continuation: no bare CR or LF smuggled in.
      expect(headers.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  }, 300_000);

  it('stores SQL metacharacters as written and answers a 100 KB mail', async () => {
    const sql = `Robert'); DROP TABLE requests;-- please delete my Instagram data "now" \\ 1=1`;
    const big = `${sql}\nMy Instagram username is @little.bobby\n\n${'padding line with words; \'quotes\' and "more" -- \n'.repeat(2200)}`;
    expect(big.length).toBeGreaterThan(100_000);
    const sent = await sendMail(t.stack.relay, { from: 'bobby@example.com', to: CONTACT, subject: `'; DELETE FROM outbox; --`, text: big });
    const ack = await waitForMail(t.stack.dovecot, 'bobby@example.com', (m) => isAck(m) && bare(m.inReplyTo) === bare(sent.messageId));
    const ref = refOf(ack.subject)!;
    const { rows } = await t.db.pool.query(`SELECT instagram_username, statement FROM requests WHERE reference = $1`, [ref]);
    expect(rows[0].instagram_username).toBe('little.bobby');
    expect(rows[0].statement).toContain(`Robert'); DROP TABLE requests;--`);
    const { rows: tables } = await t.db.pool.query(`SELECT count(*)::int AS n FROM requests`);
    expect(tables[0].n).toBeGreaterThan(0);
    // The subject came back to the requester as text, not as a statement that ran.
    expect((await listMail(t.stack.dovecot, 'bobby@example.com')).length).toBe(1);
  }, 120_000);

  it('a confirmation address naming a third party gets nothing before staff approved', async () => {
    const sent = await sendMail(t.stack.relay, {
      from: 'sender3@example.com', to: CONTACT, subject: 'Delete data',
      text: 'Please delete my Instagram data. My username is @carol.cooks. Please confirm completion to third.party@example.org\n',
    });
    const ack = await waitForMail(t.stack.dovecot, 'sender3@example.com', (m) => isAck(m) && bare(m.inReplyTo) === bare(sent.messageId));
    const ref = refOf(ack.subject)!;
    const { rows } = await t.db.pool.query(`SELECT state, confirmation_email FROM requests WHERE reference = $1`, [ref]);
    expect(rows[0]).toEqual({ state: 'awaiting_approval', confirmation_email: 'third.party@example.org' });
    expect(await listMail(t.stack.dovecot, 'third.party@example.org')).toEqual([]);
    expect(t.stack.relay.messages.filter((m) => m.envelope.to.includes('third.party@example.org'))).toEqual([]);
  }, 120_000);
});
