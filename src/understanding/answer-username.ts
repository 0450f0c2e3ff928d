import type { FieldEvidence } from './evidence.js';

/**
 * The username a mail gives as an answer to "we need your username" ("it's jess_k": no
 * request of its own), and the rule that found it.
 */
export interface AnswerUsername {
  handle: string;
  evidence: FieldEvidence;
}
