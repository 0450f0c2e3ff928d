/** What a person reads off a mail: its reference, its kind, its ids without brackets. */

export const CONTACT = 'contact@pickrtech.com';
export const STAFF = 'staff@pickrtech.com';

export const refOf = (subject: string): string | null => /DR-\d{4}-\d{5}/.exec(subject)?.[0] ?? null;
export const bare = (id: string | null | undefined): string => (id ?? '').replace(/^<|>$/g, '');
export const isAck = (m: { subject: string }): boolean => /received your data deletion request/i.test(m.subject);
export const isNotification = (ref: string) => (m: { subject: string }): boolean =>
  m.subject.includes(ref) && /waiting for approval/i.test(m.subject);
