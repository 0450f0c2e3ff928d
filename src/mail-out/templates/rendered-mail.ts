/** A mail ready for the outbox: what the person reads. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string | null;
}

export interface RequestFacts {
  reference: string;
  receivedAt: Date;
  dueAt: Date;
  statement: string | null;
  instagramUsername: string | null;
  senderEmail: string | null;
  confirmationEmail: string | null;
  /** Where the request came from; `email` when not given. */
  source?: 'email' | 'meta';
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Subject line of every mail about a request: the reference first, so threads and searches find it. */
export function subjectFor(reference: string, words: string): string {
  return `[${reference}] ${words}`;
}
