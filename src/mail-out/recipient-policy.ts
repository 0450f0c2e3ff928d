/**
 * Who the bot may write to on its own. Machines never get an answer (RFC 3834):
 * mailer daemons, postmasters and no-reply senders would only bounce or loop,
 * and the bot's own address would answer itself.
 */

const MACHINE_LOCAL_PART =
  /^(?:mailer-daemon|mailerdaemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|bounces?|bounce[-+._].*|.*[-+._]bounces?|noreply[-+._].*|.*[-+._]no[-_.]?reply|daemon|mail-daemon|auto[-_.]?reply|autoresponder)$/i;

export function isMachineAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0) return true; // not an address we could answer
  return MACHINE_LOCAL_PART.test(address.slice(0, at));
}

export type WithheldReason = 'machine_address' | 'bot_address' | 'rate_limit';

/** The reason an address gets no mail from the bot, or null when it may. */
export function withheldReason(address: string, botAddress: string): WithheldReason | null {
  const a = address.trim().toLowerCase();
  if (a === botAddress.toLowerCase()) return 'bot_address';
  if (isMachineAddress(a)) return 'machine_address';
  return null;
}
