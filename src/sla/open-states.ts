import { STATES, isFinal, type RequestState } from '../requests/state-rules.js';

/** States in which a request still owes the requester an answer: the due date applies. */
export const OPEN_STATES: readonly RequestState[] = STATES.filter((s) => !isFinal(s));
