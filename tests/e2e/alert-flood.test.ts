import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, sendMail, type ReceivedMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { accountId, rowsOf, snapshot } from './integration-data.js';
import { fileRequest } from './file-request.js';
import { codesOf, processed, replyTo, stateOf } from './approval-helpers.js';
import { CONTACT, STAFF } from './mail-facts.js';

/**
 * A flood of forged decision attempts is all recorded and decides nothing, but staff get
 * REFUSAL_ALERTS_PER_HOUR alerts one by one and then one digest, never one mail per forgery.
 */

const FORGED = 200;
const PER_HOUR = 10;
const t = useBotStack({ seed: true, start: false });

const isStaffAlert = (m: ReceivedMail) => m.headers.get('x-deletion-bot') === 'staff_alert';
const isDigest = (m: ReceivedMail) => /Alert: \d+ more decision attempts were refused/.test(m.subject);

async function refusedCount(): Promise<number> {
  const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM refused_attempts`);
  return rows[0].n as number;
}

describe('alert flood', () => {
  it(`${FORGED} forged attempts: all recorded, ${PER_HOUR} alerts and one digest, nothing decided`, async () => {
    t.env.REFUSAL_ALERTS_PER_HOUR = String(PER_HOUR);
    // A pass every 5 s: the first digest comes once the burst has mostly been refused, so it shows its kinds.
    t.env.HOUSEKEEPING_SECONDS = '5';
    await t.start();
    const pool = t.db.pool;
    const dave = (await accountId(pool, 'dave.designs'))!;
    const a = await fileRequest(t, {
      from: 'dave@example.com', subject: 'Deletion request',
      text: 'Please delete my Instagram-related data. My Instagram handle is @dave.designs\n',
    });
    const before = await snapshot(pool);
    const codes = codesOf(a.note);

    // Four kinds of forgery, sent 20 at a time: a stranger with the leaked code, the requester
    // answering the notification, staff's From with no token, a made-up code of an unknown request.
    const forgery = (i: number) => {
      switch (i % 4) {
        case 0: return { from: `mallory${i}@example.com`, to: CONTACT, subject: 'ok', text: `APPROVE ${codes.approve}\n` };
        case 1: return replyTo(a.note, 'dave@example.com', 'APPROVE\n');
        case 2: return { from: STAFF, to: CONTACT, subject: `${a.ref} approve`, text: `APPROVE\n\n${a.ref}\n` };
        default: return { from: STAFF, to: CONTACT, subject: 'decision', text: `APPROVE DR-2026-9${String(i).padStart(4, '0')}-approve-${'c'.repeat(24)}\n` };
      }
    };
    const ids: string[] = [];
    for (let i = 0; i < FORGED; i += 20) {
      const batch = await Promise.all(Array.from({ length: 20 }, (_, k) => sendMail(t.stack.relay, forgery(i + k))));
      ids.push(...batch.map((b) => b.messageId));
    }
    await waitUntil(async () => (await refusedCount()) === FORGED, `the bot did not record ${FORGED} refused attempts`, 180_000, 500);
    await processed(pool, ids);

    const staffAlerts = async () => (await listMail(t.stack.dovecot, STAFF)).filter(isStaffAlert);
    await waitUntil(async () => (await staffAlerts()).some(isDigest), 'staff never received the digest', 60_000, 500);
    // Later housekeeping passes (every 5 s) send nothing more.
    await new Promise((r) => setTimeout(r, 12000));
    const alerts = await staffAlerts();
    const digests = alerts.filter(isDigest);
    expect(alerts.length).toBe(PER_HOUR + 1);
    expect(digests).toHaveLength(1);
    // The digest counts the attempts past the cap so far; later ones wait for the next digest
    // (at most one every REFUSAL_DIGEST_MINUTES): together they are all the unalerted ones.
    const inDigest = Number(/Alert: (\d+) more/.exec(digests[0]!.subject)![1]);
    const { rows: waiting } = await pool.query(
      `SELECT count(*) FILTER (WHERE alerted)::int AS alerted, count(*) FILTER (WHERE NOT alerted AND digest_outbox_id IS NULL)::int AS waiting FROM refused_attempts`);
    expect(waiting[0].alerted).toBe(PER_HOUR);
    expect(inDigest + (waiting[0].waiting as number)).toBe(FORGED - PER_HOUR);
    expect(digests[0]!.text).toMatch(/wrong sender: \d+/);
    expect(digests[0]!.text).toMatch(/no token: \d+/);
    expect(digests[0]!.text).not.toContain('mallory');

    // Every attempt is recorded with its reason; those aimed at A are on A's timeline too.
    const { rows } = await pool.query(`SELECT reason, count(*)::int AS n FROM refused_attempts GROUP BY reason ORDER BY reason`);
    expect(rows.reduce((s, r) => s + (r.n as number), 0)).toBe(FORGED);
    const { rows: onA } = await pool.query(
      `SELECT count(*)::int AS n FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 AND e.type = 'approval_refused'`, [a.ref]);
    expect(onA[0].n).toBe(FORGED * 3 / 4);

    // Nothing was decided; every row is still there; the genuine reply still decides.
    expect(await stateOf(pool, a.ref)).toBe('awaiting_approval');
    expect(rowsOf(await snapshot(pool), dave)).toEqual(rowsOf(before, dave));
    await sendMail(t.stack.relay, replyTo(a.note, STAFF, 'APPROVE\n'));
    await waitUntil(async () => (await stateOf(pool, a.ref)) === 'completed', `${a.ref} was not completed by the genuine reply`, 60_000, 250);
  }, 400_000);
});
