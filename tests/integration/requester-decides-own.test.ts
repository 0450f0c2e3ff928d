import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { deliver, rawMail } from './file-request-direct.js';

/**
 * A staff member who is also the requester cannot approve their own request, whatever the
 * letter case their address was stored with.
 */

const fixture = useFeatureFixture({ seed: true });
let ctx: TestBotContext;

beforeAll(() => {
  ctx = fixture.context({ now: () => new Date('2026-11-28T12:00:00Z') });
});

describe('a staff reply from the requester themselves', () => {
  it('is refused as the wrong sender when the stored address differs only in letter case', async () => {
    const at = new Date('2026-11-28T09:00:00Z');
    const { inboundId } = await deliver(ctx, rawMail({
      from: 'Alice <alice@example.com>', subject: 'Delete my Instagram data', messageId: 'own-1@example.com', date: at,
      text: 'Please delete all my data.\r\nInstagram username: sunny.days',
    }), at);
    const { rows: [row] } = await fixture.db.pool.query(`SELECT request_id FROM inbound_messages WHERE id = $1`, [inboundId]);
    const id = row.request_id as string;
    await advanceRequest(ctx, id);
    // A row written with the staff member's address in other letters (by hand, by an import).
    await fixture.db.pool.query(`UPDATE requests SET sender_email = 'Staff@PickrTech.com' WHERE id = $1`, [id]);
    const { rows: [note] } = await fixture.db.pool.query(
      `SELECT message_id FROM outbox WHERE request_id = $1 AND purpose = 'staff_notification'`, [id]);
    const thread = String(note.message_id).replace(/^<|>$/g, '');

    await deliver(ctx, rawMail({
      from: 'Staff <staff@pickrtech.com>', subject: 'Re: Approve deletion', messageId: 'own-2@pickrtech.com',
      inReplyTo: thread, date: at, text: 'APPROVE',
    }), at);

    const { rows: [req] } = await fixture.db.pool.query(`SELECT state FROM requests WHERE id = $1`, [id]);
    expect(req.state).toBe('awaiting_approval');
    const { rows: refused } = await fixture.db.pool.query(`SELECT reason FROM refused_attempts WHERE request_id = $1`, [id]);
    expect(refused.map((r) => r.reason)).toEqual(['wrong_sender']);
  });
});
