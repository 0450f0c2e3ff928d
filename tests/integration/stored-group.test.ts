import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { handleStoredGroup } from '../../src/intake/handle-stored-group.js';
import { storeInboundMany } from '../../src/poller/inbound-store.js';
import { storeOne } from '../support/stored-mail.js';
import { ParsePool } from '../../src/intake/parse-pool.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { handleOne } from './file-request-direct.js';

/**
 * A group of stored messages handled by one inbound job must end exactly as the same
 * messages handled one at a time, in mailbox order: runs of new requests are written
 * together, and whatever would join, repeat or answer something goes the single way.
 */

/**
 * The rules on a stranger's text, as this test process sees them: while `guarded`, they
 * refuse to run here. The parse threads load their own copy of the rules, untouched, so
 * a group handled under the guard proves every mail was read on a thread.
 */
const mainThread = vi.hoisted(() => ({
  guarded: false,
  refuse<A extends unknown[], R>(name: string, f: (...a: A) => R): (...a: A) => R {
    return (...a) => {
      if (mainThread.guarded) throw new Error(`the rules ran on the main thread: ${name}`);
      return f(...a);
    };
  },
}));
vi.mock('../../src/understanding/understand.js', async (load) => {
  const m = await load<typeof import('../../src/understanding/understand.js')>();
  return { ...m, understandWithEvidence: mainThread.refuse('understandWithEvidence', m.understandWithEvidence) };
});
vi.mock('../../src/understanding/visible-text.js', async (load) => {
  const m = await load<typeof import('../../src/understanding/visible-text.js')>();
  return { ...m, visibleText: mainThread.refuse('visibleText', m.visibleText) };
});
vi.mock('../../src/understanding/instagram-username.js', async (load) => {
  const m = await load<typeof import('../../src/understanding/instagram-username.js')>();
  return { ...m, findUsernameWithRule: mainThread.refuse('findUsernameWithRule', m.findUsernameWithRule) };
});
vi.mock('../../src/approval/decision-attempt.js', async (load) => {
  const m = await load<typeof import('../../src/approval/decision-attempt.js')>();
  return { ...m, readDecisionAttempt: mainThread.refuse('readDecisionAttempt', m.readDecisionAttempt) };
});

const fixture = useFeatureFixture({ seed: false });
let db: TestDatabase;
let ctx: TestBotContext;
let uid = 0;

beforeAll(async () => {
  ({ db } = fixture);
  ctx = fixture.context();
});

function request(from: string, messageId: string, text: string, extraHeaders = '', subject = 'Delete my Instagram data'): Buffer {
  return Buffer.from(
    `From: <${from}>\r\nTo: contact@pickrtech.com\r\nSubject: ${subject}\r\nMessage-ID: <${messageId}>\r\n` +
      `${extraHeaders}Date: Sat, 28 Nov 2026 09:00:00 +0000\r\n\r\n${text}\r\n`,
  );
}

/** Mail of a shared mailbox that asks nothing of the bot. */
function newsletter(s: string, n: number): Buffer {
  return request(`news-${s}@example.org`, `news${n}-${s}@example.org`, `Issue ${n}: scheduling tips and this week's release notes.`, '', `Scheduling tips #${n}`);
}

/** The same mailbox for each run, its names made distinct by `s`; the first mail opens a request before the group. */
function mailbox(s: string): { before: Buffer; group: Buffer[] } {
  const ask = (u: string) => `Please delete my Instagram data. My username is @${u}`;
  return {
    before: request(`frank-${s}@example.com`, `before-${s}@example.com`, ask(`four.${s}`)),
    group: [
      request(`alice-${s}@example.com`, `a1-${s}@example.com`, ask(`one.${s}`)),
      request(`bob-${s}@example.com`, `b1-${s}@example.com`, ask(`two.${s}`)),
      // The same account as the first: joins its request.
      request(`carol-${s}@example.com`, `c1-${s}@example.com`, ask(`one.${s}`)),
      request(`robot-${s}@example.com`, `r1-${s}@example.com`, 'I am out of the office until Monday.', 'Auto-Submitted: auto-replied\r\n'),
      newsletter(s, 1),
      newsletter(s, 2),
      request(`dave-${s}@example.com`, `d1-${s}@example.com`, ask(`three.${s}`)),
      // Alice's first mail again, with a trace header more: the same mail.
      request(`alice-${s}@example.com`, `a1-${s}@example.com`, ask(`one.${s}`), 'X-Retry: 1\r\n'),
      // Under the same Message-ID once more, with other words: a copy of a mail acted on.
      request(`alice-${s}@example.com`, `a1-${s}@example.com`, 'Thank you!', '', 'Thanks'),
      request(`erin-${s}@example.com`, `e1-${s}@example.com`, 'Please delete all my Instagram data you hold.'),
      // The account of the request opened before the group.
      request(`grace-${s}@example.com`, `g1-${s}@example.com`, ask(`four.${s}`)),
      request(`heidi-${s}@example.com`, `h1-${s}@example.com`, ask(`five.${s}`)),
    ],
  };
}

async function store(raws: Buffer[]): Promise<string[]> {
  const ms = raws.map((source) => ({ uid: ++uid, source, internalDate: new Date('2026-11-28T09:00:00Z') }));
  const ids = await storeInboundMany(db.pool, 'INBOX', 1, ms);
  return ids.map((id) => id!);
}

interface Outcome {
  kind: string;
  /** Which mail of the group opened the request this one is linked to (-1: the one before the group, null: none). */
  linkedTo: number | null;
}

async function outcomes(before: string, ids: string[]): Promise<Outcome[]> {
  const { rows } = await db.pool.query(
    `SELECT m.id, m.kind, r.source_message_id FROM unnest($1::uuid[]) WITH ORDINALITY AS g(id, n)
       JOIN inbound_messages m ON m.id = g.id LEFT JOIN requests r ON r.id = m.request_id ORDER BY g.n`,
    [ids],
  );
  return rows.map((r) => ({
    kind: r.kind,
    linkedTo: r.source_message_id === null ? null : r.source_message_id === before ? -1 : ids.indexOf(r.source_message_id),
  }));
}

describe('a group of stored messages', () => {
  it('ends as the same messages handled one at a time, in mailbox order', async () => {
    const single = mailbox('single');
    const [beforeSingle] = await store([single.before]);
    await handleOne(ctx, beforeSingle!);
    const singleIds = await store(single.group);
    for (const id of singleIds) await handleOne(ctx, id);

    const grouped = mailbox('group');
    const [beforeGroup] = await store([grouped.before]);
    await handleOne(ctx, beforeGroup!);
    const groupIds = await store(grouped.group);
    await handleStoredGroup(ctx, groupIds);

    const expected: Outcome[] = [
      { kind: 'deletion_request', linkedTo: 0 },
      { kind: 'deletion_request', linkedTo: 1 },
      { kind: 'duplicate_request', linkedTo: 0 },
      { kind: 'auto_reply', linkedTo: null },
      { kind: 'other', linkedTo: null },
      { kind: 'other', linkedTo: null },
      { kind: 'deletion_request', linkedTo: 6 },
      { kind: 'resent', linkedTo: null },
      { kind: 'resent', linkedTo: null },
      { kind: 'incomplete_request', linkedTo: 9 },
      { kind: 'duplicate_request', linkedTo: -1 },
      { kind: 'deletion_request', linkedTo: 11 },
    ];
    expect(await outcomes(beforeSingle!, singleIds)).toEqual(expected);
    expect(await outcomes(beforeGroup!, groupIds)).toEqual(expected);

    // References follow mailbox order; every new request has its `received` event with the rules' evidence.
    const { rows: opened } = await db.pool.query(
      `SELECT r.reference, e.detail FROM unnest($1::uuid[]) WITH ORDINALITY AS g(id, n)
         JOIN requests r ON r.source_message_id = g.id JOIN request_events e ON e.request_id = r.id AND e.type = 'received'
        ORDER BY g.n`,
      [groupIds],
    );
    expect(opened).toHaveLength(5);
    const refs = opened.map((r) => r.reference as string);
    expect([...refs].sort()).toEqual(refs);
    expect(new Set(refs).size).toBe(5);
    for (const r of opened) expect(r.detail.evidence).toBeTruthy();

    // When each of `ids` was written: the request it opened (r.created_at) or its own record (m.processed_at).
    const times = async (ids: string[], column: 'r.created_at' | 'm.processed_at') => (await db.pool.query(
      `SELECT ${column} AS t FROM unnest($1::uuid[]) WITH ORDINALITY AS g(id, n)
         JOIN inbound_messages m ON m.id = g.id LEFT JOIN requests r ON r.source_message_id = g.id ORDER BY g.n`,
      [ids],
    )).rows.map((r) => (r.t as Date).getTime());

    // The first two opened in one transaction (one run); handled one at a time, in two.
    const [g0, g1] = await times(groupIds.slice(0, 2), 'r.created_at');
    expect(g1).toBe(g0);
    const [s0, s1] = await times(singleIds.slice(0, 2), 'r.created_at');
    expect(s1).not.toBe(s0);

    // The auto-reply and the two newsletters, one after another, are recorded by one statement.
    expect(new Set(await times(groupIds.slice(3, 6), 'm.processed_at')).size).toBe(1);
    expect(new Set(await times(singleIds.slice(3, 6), 'm.processed_at')).size).toBe(3);
  });

  it('handles each message once when the same group runs twice at the same time', async () => {
    const ask = (u: string) => `Please delete my Instagram data. My username is @${u}`;
    const ids = await store(Array.from({ length: 30 }, (_, i) => request(`twice${i}@example.com`, `twice-${i}@example.com`, ask(`twice.${i}`))));
    await Promise.all([handleStoredGroup(ctx, ids), handleStoredGroup(ctx, ids), handleStoredGroup(ctx, ids.slice(10))]);
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS requests, count(DISTINCT source_message_id)::int AS sources FROM requests WHERE source_message_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows[0]).toEqual({ requests: 30, sources: 30 });
    const { rows: events } = await db.pool.query(
      `SELECT count(*)::int AS n FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.source_message_id = ANY($1::uuid[]) AND e.type = 'received'`,
      [ids],
    );
    expect(events[0].n).toBe(30);
  });

  it('stores a group with one INSERT and tells a message already known from a new one', async () => {
    const raw = request('known@example.com', 'known-1@example.com', 'Please delete my Instagram data. My username is @known.one');
    const first = await storeOne(db.pool, 'INBOX', 1, { uid: ++uid, source: raw, internalDate: new Date() });
    expect(first).toBeTruthy();
    const fresh = request('new@example.com', 'new-1@example.com', 'Please delete my Instagram data. My username is @new.one');
    const ids = await storeInboundMany(db.pool, 'INBOX', 1, [
      { uid: ++uid, source: raw, internalDate: new Date() },
      { uid: ++uid, source: fresh, internalDate: new Date() },
      { uid: ++uid, source: fresh, internalDate: new Date() },
    ]);
    expect(ids[0]).toBeNull();
    expect(ids[1]).toBeTruthy();
    expect(ids[2]).toBeNull();
  });
});

describe('a group read on parse threads', () => {
  const pools: ParsePool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  /** A context whose mail is read on a parse thread with `settings` (by default the bot's own). */
  function threadContext(settings?: Partial<TestBotContext['settings']>): TestBotContext {
    const c = fixture.context();
    const pool = new ParsePool({ ...c.settings, ...settings }, 1, { budgetSeconds: 30 });
    pools.push(pool);
    c.reader = pool;
    return c;
  }

  /** Handles the group with the rules refused on this thread. */
  async function handleGuarded(c: TestBotContext, ids: string[]): Promise<void> {
    mainThread.guarded = true;
    try {
      await handleStoredGroup(c, ids);
    } finally {
      mainThread.guarded = false;
    }
  }

  const ask = (u: string) => `Please delete my Instagram data. My username is @${u}`;

  it('joins a mail to the open request Postgres finds with the reading the thread made', async () => {
    const c = threadContext();
    const [before] = await store([request('frank-t@example.com', 'before-t@example.com', ask('four.t'))]);
    await handleOne(c, before!);
    const ids = await store([
      request('alice-t@example.com', 'a1-t@example.com', ask('five.t')),
      // Opens no request of its own: Postgres says the account has one open.
      request('grace-t@example.com', 'g1-t@example.com', ask('four.t')),
      request('heidi-t@example.com', 'h1-t@example.com', ask('six.t')),
    ]);
    await handleGuarded(c, ids);
    expect((await outcomes(before!, ids)).map((o) => o.kind)).toEqual(['deletion_request', 'duplicate_request', 'deletion_request']);
  });

  it('completes a request waiting for its username with the answer the thread read', async () => {
    const c = threadContext();
    const from = 'ivy-t@example.com';
    const [first] = await store([request(from, 'ivy1-t@example.com', 'Please delete all my Instagram data you hold.')]);
    expect(await handleOne(c, first!)).toBe('incomplete_request');
    const { rows: [waiting] } = await db.pool.query(`SELECT id, reference FROM requests WHERE sender_email = $1`, [from]);
    await advanceRequest(c, waiting.id);

    const ids = await store([
      request('judy-t@example.com', 'j1-t@example.com', ask('seven.t')),
      // No request of its own, only the name asked for.
      request(from, 'ivy2-t@example.com', 'jess_k', '', `Re: Your request ${waiting.reference}`),
    ]);
    await handleGuarded(c, ids);
    expect((await outcomes(first!, ids)).map((o) => o.kind)).toEqual(['deletion_request', 'needs_info_answer']);
    const { rows } = await db.pool.query(`SELECT state, instagram_username FROM requests WHERE id = $1`, [waiting.id]);
    expect(rows).toEqual([{ state: 'received', instagram_username: 'jess_k' }]);
  });

  it('records a mail the rules fail on as unreadable, tells staff, and handles the rest of the group', async () => {
    // A secret of the wrong type makes the rules throw, on the thread, on any reply to a staff
    // notification (its thread token is checked); every other mail reads as usual.
    const c = threadContext({ approvalSecret: 42 as unknown as string });
    const notification = 'dr-notify.00000000-0000-4000-8000-000000000000.0123456789abcdef0123456789abcdef@pickrtech.com';
    const ids = await store([
      request('kim-t@example.com', 'k1-t@example.com', ask('eight.t')),
      request('leo-t@example.com', 'l1-t@example.com', 'APPROVE', `In-Reply-To: <${notification}>\r\n`, 'Re: New deletion request'),
      request('mia-t@example.com', 'm1-t@example.com', ask('nine.t')),
    ]);
    await handleGuarded(c, ids);
    expect((await outcomes(ids[0]!, ids)).map((o) => o.kind)).toEqual(['deletion_request', 'unreadable', 'deletion_request']);
    const { rows: [failed] } = await db.pool.query(`SELECT uid FROM inbound_messages WHERE id = $1`, [ids[1]]);
    const { rows } = await db.pool.query(
      `SELECT subject, text_body FROM outbox WHERE purpose = 'staff_alert' AND text_body LIKE $1`, [`%UID ${failed.uid}\n%`]);
    expect(rows.map((r) => r.subject as string)).toEqual([expect.stringContaining('could not read a message')]);
    expect(rows[0].text_body).toContain('Why: reading it failed with an error (TypeError), on two threads in turn.');
  });
});
