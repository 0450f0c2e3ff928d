import { beforeAll, describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { waitForMail } from '../../harness/mail-user.js';
import { fileRequest, reply } from './file-request.js';
import { STAFF } from './mail-facts.js';

/** Prometheus scrapes a running bot after one request went the whole way. */

const t = useBotStack({ seed: true, start: false });
beforeAll(async () => {
  // The counts come from a snapshot refreshed on a timer: each second here.
  t.env.METRICS_REFRESH_SECONDS = '1';
  await t.start();
});

function value(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('reports requests, mail, queues, the mailbox and the process after a request flows', async () => {
    const filed = await fileRequest(t, {
      from: 'alice@example.com',
      subject: 'Instagram data deletion request',
      text: 'Please delete my Instagram data. My Instagram username is @sunny.days.\n',
    });
    const base = `http://127.0.0.1:${t.env.HTTP_PORT}`;

    let waiting = '';
    for (let i = 0; i < 50; i++) {
      waiting = await (await fetch(`${base}/metrics`)).text();
      if (value(waiting, 'deletion_bot_requests{state="awaiting_approval"}') === 1) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(value(waiting, 'deletion_bot_requests{state="awaiting_approval"}')).toBe(1);
    expect(value(waiting, 'deletion_bot_oldest_awaiting_approval_seconds')).toBeGreaterThan(0);
    expect(value(waiting, 'deletion_bot_requests_overdue')).toBe(0);
    expect(value(waiting, 'deletion_bot_requests_due_within_5_days')).toBe(0);

    await reply(t, STAFF, filed.note, 'APPROVE\n');
    await waitForMail(t.stack.dovecot, 'alice@example.com', (m) => m.subject.includes(filed.ref) && /has been deleted/.test(m.subject));
    // The completion mail is marked sent right after the relay took it.
    let text = '';
    for (let i = 0; i < 50; i++) {
      text = await (await fetch(`${base}/metrics`)).text();
      if (value(text, 'deletion_bot_mails{purpose="completion",state="sent"}') === 1) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(value(text, 'deletion_bot_requests{state="completed"}')).toBe(1);
    expect(value(text, 'deletion_bot_requests{state="awaiting_approval"}')).toBeNull();
    expect(value(text, 'deletion_bot_oldest_awaiting_approval_seconds')).toBe(0);
    expect(text).toMatch(/^deletion_bot_requests_by_source\{source="[a-z_]+"\} 1$/m);
    expect(value(text, 'deletion_bot_mails{purpose="acknowledgment",state="sent"}')).toBe(1);
    expect(value(text, 'deletion_bot_mails{purpose="staff_notification",state="sent"}')).toBe(1);
    expect(value(text, 'deletion_bot_mails{purpose="completion",state="sent"}')).toBe(1);
    for (const queue of ['inbound', 'requests', 'mail']) {
      expect(value(text, `deletion_bot_queue_jobs{queue="${queue}",state="failed"}`)).toBe(0);
      expect(value(text, `deletion_bot_queue_jobs{queue="${queue}",state="waiting"}`)).not.toBeNull();
      expect(value(text, `deletion_bot_queue_jobs{queue="${queue}",state="prioritized"}`)).not.toBeNull();
    }
    expect(value(text, 'deletion_bot_imap_connected')).toBe(1);
    const age = value(text, 'deletion_bot_mailbox_sync_age_seconds');
    expect(age).not.toBeNull();
    expect(age!).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/^deletion_bot_backfill_remaining_uids\{mailbox="INBOX"\} 0$/m);
    expect(text).toMatch(/^deletion_bot_mailbox_last_uid\{mailbox="INBOX"\} [1-9]\d*$/m);
    expect(text).toContain('# TYPE deletion_bot_refused_decision_attempts gauge');
    expect(text).toMatch(/^deletion_bot_process_resident_memory_bytes \d+/m);
  });
});
