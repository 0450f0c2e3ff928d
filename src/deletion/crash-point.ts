/**
 * TEST ONLY. The fault suite (tests/faults/two-databases.test.ts) must kill the bot at one exact
 * instant: after the application database committed a deletion and before the bot recorded
 * it. When DELETION_BOT_TEST_CRASH_AT names that point, the process sends itself SIGKILL there,
 * as a power cut would: no clean-up, no log line. Never set it outside the tests; it is not a
 * configuration variable and `doctor` does not know it.
 */
export const TEST_CRASH_VARIABLE = 'DELETION_BOT_TEST_CRASH_AT';

export type CrashPoint = 'after-app-commit';

export function crashHereInTests(point: CrashPoint): void {
  if (process.env[TEST_CRASH_VARIABLE] === point) process.kill(process.pid, 'SIGKILL');
}
