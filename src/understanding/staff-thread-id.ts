/**
 * The thread every staff mail about one request hangs under, other than the
 * notification: reminders, escalations, alerts, "not understood" answers.
 * Only the notification's Message-ID carries the approval token; these mails
 * name a token-free id of the request's staff thread instead, so a forwarded
 * reminder or alert can never be replayed as a reply to the notification. A
 * reply in this thread is read as a decision attempt about the request, and is
 * refused unless it carries the command's code: staff are told to answer the
 * notification itself.
 */

const PREFIX = 'dr-staff';
const ID_PATTERN = /^<?dr-staff\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/i;

/** Message-ID (without brackets) that staff mails about a request point at; no mail carries it as its own. */
export function staffThreadId(requestId: string, domain: string): string {
  return `${PREFIX}.${requestId.toLowerCase()}@${domain}`;
}

/** The request whose staff thread one of these ids names, if any. */
export function staffThreadRequestId(ids: readonly string[]): string | null {
  for (const id of ids.slice(0, 100)) {
    const m = ID_PATTERN.exec(id.trim());
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

/** Threading headers for a staff mail about the request, optionally answering one more mail. */
export function inStaffThread(requestId: string, domain: string, answering?: string | null): { inReplyTo: string; references: string[] } {
  const root = staffThreadId(requestId, domain);
  return answering ? { inReplyTo: answering, references: [root, answering] } : { inReplyTo: root, references: [root] };
}
