/**
 * The request life cycle as a pure table. Every change of state goes through
 * {@link canMove}; the store turns an allowed move into one guarded UPDATE
 * (`WHERE state = $from`) plus an event row, so a second attempt is a no-op.
 */

export const STATES = [
  'triage',
  'received',
  'needs_info',
  'awaiting_approval',
  'approved',
  'deleting',
  'deletion_failed',
  'completed',
  'rejected',
  'cancelled',
  'ignored',
] as const;

export type RequestState = (typeof STATES)[number];

const MOVES: Record<RequestState, readonly RequestState[]> = {
  // A possible request waiting for staff (src/triage/): REQUEST @handle opens it as read
  // (`received`), REQUEST without a handle asks the requester (`needs_info`), IGNORE closes it;
  // REQUEST @handle for an account with an open request joins that one and cancels this.
  triage: ['received', 'needs_info', 'ignored', 'cancelled'],
  received: ['needs_info', 'awaiting_approval', 'cancelled'],
  needs_info: ['received', 'cancelled'],
  awaiting_approval: ['approved', 'rejected', 'cancelled'],
  approved: ['deleting'],
  deleting: ['completed', 'deletion_failed'],
  // The check after erasing still found data: nothing was erased (the deletion is one
  // transaction). Staff remove the cause and approve again, which runs the deletion anew.
  deletion_failed: ['approved'],
  completed: [],
  rejected: [],
  cancelled: [],
  ignored: [],
};

export function canMove(from: RequestState, to: RequestState): boolean {
  return MOVES[from].includes(to);
}

export function isFinal(state: RequestState): boolean {
  return MOVES[state].length === 0;
}

/** States in which a request still owes the requester an answer: the due date applies, and one per username. */
export const OPEN_STATES: readonly RequestState[] = STATES.filter((s) => !isFinal(s));

/** States in which the bot itself has work to do (the reconciler re-queues them). */
export const WORK_STATES: readonly RequestState[] = ['received', 'approved', 'deleting'];

/** States a staff decision applies to. */
export function isDecidable(state: RequestState): boolean {
  return state === 'awaiting_approval';
}

/** States an APPROVE applies to: a first decision, or running a failed deletion again. */
export function isApprovable(state: RequestState): boolean {
  return canMove(state, 'approved');
}

export function isRequestState(value: string): value is RequestState {
  return (STATES as readonly string[]).includes(value);
}

/** States a triage decision (REQUEST, IGNORE) applies to. */
export function isTriage(state: RequestState): boolean {
  return state === 'triage';
}
