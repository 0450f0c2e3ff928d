/** Request references look like DR-2026-00042: the year the mail arrived and a counter per year. */

const PATTERN = /\bDR-(\d{4})-(\d{5,})\b/i;

export function formatReference(year: number, counter: number): string {
  return `DR-${year}-${String(counter).padStart(5, '0')}`;
}

/** Finds a reference in free text such as a subject line ("Re: [DR-2026-00042] ..."). */
export function findReference(text: string): string | null {
  const m = PATTERN.exec(text);
  return m ? `DR-${m[1]}-${m[2]}` : null;
}
