import type { Queryable } from '../db/pool.js';
import { addToOutbox, type NewMail } from './outbox-store.js';
import type { RenderedMail } from './templates/rendered-mail.js';
import { renderStaffAlert } from './templates/staff-alert.js';

/** Who staff alerts go to and the domain of their Message-IDs: the two settings an alert needs. */
export interface StaffAlertSettings {
  staffEmails: string[];
  botDomain: string;
}

/** What an alert says: a headline and its details (rendered by staff-alert.ts), or a mail rendered by its own template (a digest). */
export type StaffAlertContent =
  | { reference: string | null; headline: string; details: string[] }
  | { mail: RenderedMail };

export type StaffAlert = StaffAlertContent & {
  /** The request it is about, if any: the outbox row names it and `requests show` lists it. */
  requestId: string | null;
  /** Threading headers: a request's token-free staff thread (staff-thread-id.ts), or none. */
  thread?: Pick<NewMail, 'inReplyTo' | 'references'>;
};

/**
 * The one way an alert to staff is sent: a `staff_alert` outbox row to every staff
 * address, written with the caller's transaction (so the alert exists exactly when
 * what it reports does). Returns the outbox id, to queue after commit.
 */
export async function addStaffAlert(db: Queryable, settings: StaffAlertSettings, alert: StaffAlert): Promise<string> {
  const mail = 'mail' in alert ? alert.mail : renderStaffAlert(alert.reference, alert.headline, alert.details);
  return addToOutbox(db, {
    requestId: alert.requestId,
    purpose: 'staff_alert',
    to: settings.staffEmails,
    domain: settings.botDomain,
    mail,
    ...alert.thread,
  });
}
