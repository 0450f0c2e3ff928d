import { sendRefusalDigest, type RefusalDigestDeps } from '../approval/refusal-digest.js';
import { enqueueFollowUps, type Queues } from '../queue/queues.js';
import { purgeExpired, type PurgeSummary } from '../retention/purge-expired.js';
import type { PurgeDeps } from '../retention/purge-request.js';
import { sendDueEscalations, type EscalationsDeps } from '../sla/send-escalations.js';
import { sendDueReminders, type RemindersDeps } from '../sla/send-reminders.js';
import { sendTriageDigest, type TriageDigestDeps } from '../triage/triage-digest.js';

export interface HousekeepingSummary extends PurgeSummary {
  reminders: number;
  escalations: number;
}

export type HousekeepingDeps = RemindersDeps & EscalationsDeps & PurgeDeps & RefusalDigestDeps & TriageDigestDeps & { queues: Queues };

/**
 * The duties that come with time rather than with mail: reminders to staff,
 * escalations near the due date, the retention purge, the digests of refused
 * decision attempts and of possible requests past their hourly alert caps.
 * Every step is a guarded update per request, so a tick that overlaps another, or another bot's, does
 * each thing once. Mail is queued after the commits.
 */
export async function runHousekeeping(deps: HousekeepingDeps): Promise<HousekeepingSummary> {
  const reminders = await sendDueReminders(deps);
  const escalations = await sendDueEscalations(deps);
  const purge = await purgeExpired(deps);
  const digest = await sendRefusalDigest(deps);
  const triageDigest = await sendTriageDigest(deps);
  await enqueueFollowUps(deps.queues, { mail: [...reminders, ...escalations, ...digest, ...triageDigest] });
  return { reminders: reminders.length, escalations: escalations.length, ...purge };
}
