import { describe, expect, it } from 'vitest';
import { byeForLog } from '../../src/poller/mailbox-watcher.js';

describe("a server's BYE text in the log", () => {
  it("keeps the server's reason and drops a token or any long opaque word the server echoes", () => {
    expect(byeForLog('Session invalidated - AccessTokenExpired')).toBe('Session invalidated - AccessTokenExpired');
    const token = `at-${'x'.repeat(32)}`;
    expect(byeForLog(`token ${token} expired`)).toBe('token [long word removed] expired');
    expect(byeForLog('a '.repeat(500)).length).toBeLessThanOrEqual(200);
  });
});
