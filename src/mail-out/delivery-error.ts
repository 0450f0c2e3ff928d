/**
 * Decides whether a failed SMTP delivery is worth retrying. A 4xx reply or a
 * network error is transient (the server or the network may recover); a 5xx
 * reply is permanent (the server refused this mail and will refuse it again).
 */
export type DeliveryFailure = 'transient' | 'permanent';

export function classifyDeliveryError(err: unknown): DeliveryFailure {
  const e = err as { responseCode?: unknown; code?: unknown } | null;
  const code = typeof e?.responseCode === 'number' ? e.responseCode : null;
  if (code !== null && code >= 500 && code < 600) return 'permanent';
  // EENVELOPE without a code: every recipient was refused.
  if (code === null && e?.code === 'EENVELOPE') return 'permanent';
  return 'transient';
}
