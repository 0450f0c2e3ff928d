/**
 * The commands staff give, by notification: a notification prints one decision code per
 * command (approval/action-code.ts) and staff-command.ts reads them from a reply.
 */

/** The commands of the approval notification. */
export const STAFF_ACTIONS = ['approve', 'reject', 'extend'] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];
/** The commands of a possible request's triage notification. */
export const TRIAGE_ACTIONS = ['request', 'ignore'] as const;
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];
