import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { deliver, rawMail } from './file-request-direct.js';

/**
 * Staff read, in the notification, how sure the bot is and which rule found
 * each field: recorded when the mail was read, also when the username came
 * in the answer to "we need your username".
 */

const fixture = useFeatureFixture({ seed: true });
let ctx: TestBotContext;

beforeAll(() => {
  ctx = fixture.context({ now: () => new Date('2026-11-28T12:00:00Z') });
});

async function notificationOf(requestId: string): Promise<string> {
  const { rows } = await fixture.db.pool.query(
    `SELECT text_body FROM outbox WHERE request_id = $1 AND purpose = 'staff_notification'`, [requestId]);
  expect(rows).toHaveLength(1);
  return rows[0].text_body as string;
}

async function requestOf(inboundId: string): Promise<string> {
  const { rows } = await fixture.db.pool.query(`SELECT request_id FROM inbound_messages WHERE id = $1`, [inboundId]);
  return rows[0].request_id as string;
}

describe('the staff notification shows how the mail was read', () => {
  it('names the rule of each field and a high confidence for a labelled request', async () => {
    const at = new Date('2026-11-28T09:00:00Z');
    const { inboundId } = await deliver(ctx, rawMail({
      from: 'Alice <alice@example.com>', subject: 'Delete my Instagram data', messageId: 'reading-1@example.com', date: at,
      text: 'Please delete all my data.\r\nInstagram username: sunny.days\r\nPlease confirm to alice.confirm@example.net',
    }), at);
    const id = await requestOf(inboundId);
    await advanceRequest(ctx, id);
    const text = await notificationOf(id);
    expect(text).toContain('How the bot read the mail (confidence: high):');
    expect(text).toContain('Instagram username:   a labelled line ("Instagram username: x") [username.labelled-line, high]');
    expect(text).toContain('Deletion wish:        a sentence pairs a deletion verb with the person\'s own data [wish.sentence, high]');
    expect(text).toContain('[confirmation.cue, high]');
    expect(text).not.toContain('not sure of this reading');
  });

  it('takes the username rule from the answer to "we need your username" and warns when it is not sure', async () => {
    const at = new Date('2026-11-28T10:00:00Z');
    const first = await deliver(ctx, rawMail({
      from: 'Bob <bob@example.com>', subject: 'Data deletion', messageId: 'reading-2@example.com', date: at,
      text: 'Please delete all my data.',
    }), at);
    const id = await requestOf(first.inboundId);
    await advanceRequest(ctx, id);
    const { rows } = await fixture.db.pool.query(`SELECT message_id FROM outbox WHERE request_id = $1 AND purpose = 'needs_info'`, [id]);
    const asked = String(rows[0].message_id).replace(/^<|>$/g, '');
    await deliver(ctx, rawMail({
      from: 'Bob <bob@example.com>', subject: 'Re: We need your Instagram username', messageId: 'reading-3@example.com',
      inReplyTo: asked, date: at, text: 'bob_the_builder.42',
    }), at);
    await advanceRequest(ctx, id);
    const text = await notificationOf(id);
    // The one handle-shaped word of a short answer in our thread: read, and still not sure.
    expect(text).toContain('How the bot read the mail (confidence: medium):');
    expect(text).toContain('the one handle-shaped word of a short answer to our mail [username.answer-word, medium]');
    expect(text).toContain('[wish.sentence, high]');
    expect(text).toContain('The bot is not sure of this reading: check the username and the address against the mail before approving.');
  });
});
