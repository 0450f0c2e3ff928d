/** A short, log-safe description of an IMAP or network error: server code, text and error code. */
export function describe(err: unknown): string {
  const e = err as { message?: string; responseText?: string; serverResponseCode?: string; code?: string } | null;
  const code = e?.serverResponseCode ? `[${e.serverResponseCode}]` : null;
  return [code, e?.responseText ?? e?.message, e?.code].filter(Boolean).join(' ') || String(err);
}
