/** Removes addresses from free text (e.g. an SMTP error) before it reaches a log line. */
export function scrubAddresses(text: string): string {
  return text.replace(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g, '[address]');
}
