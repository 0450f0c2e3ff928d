import type { BotContext } from '../app/context.js';
import { sendRefusalDigest } from '../approval/refusal-digest.js';
import { enqueueFollowUps } from '../queue/queues.js';
import { purgeExpired, type PurgeSummary } from '../retention/purge-expired.js';
import { sendDueEscalations } from '../sla/send-escalations.js';
import { sendDueReminders } from '../sla/send-reminders.js';
import { sendTriageDigest } from '../triage/triage-digest.js';

export interface HousekeepingSummary extends PurgeSummary {
  reminders: number;
  escalations: number;
}

/**
 * The duties that come with time rather than with mail: reminders to staff,
 * escalations near the due date, the retention purge, the digests of refused
 * decision attempts and of possible requests past their hourly alert caps.
 * Every step is a guarded update per request, so a tick that overlaps another, or another bot's, does
 * each thing once. Mail is queued after the commits.
 */
export async function runHousekeeping(ctx: BotContext): Promise<HousekeepingSummary> {
  const reminders = await sendDueReminders(ctx);
  const escalations = await sendDueEscalations(ctx);
  const purge = await purgeExpired(ctx);
  const digest = await sendRefusalDigest(ctx);
  const triageDigest = await sendTriageDigest(ctx);
  await enqueueFollowUps(ctx.queues, { mail: [...reminders, ...escalations, ...digest, ...triageDigest] });
  return { reminders: reminders.length, escalations: escalations.length, ...purge };
}
