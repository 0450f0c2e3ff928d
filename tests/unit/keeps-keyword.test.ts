import { describe, expect, it } from 'vitest';
import { keepsKeyword } from '../../src/poller/mark-handled.js';

describe('keepsKeyword: whether the open mailbox keeps the processed keyword', () => {
  it('keeps it where PERMANENTFLAGS allow new keywords (\\*), as Dovecot and Cyrus answer', () => {
    expect(keepsKeyword(new Set(['\\Seen', '\\Flagged', '\\*']), '$DeletionBot')).toBe(true);
  });

  it('keeps none where PERMANENTFLAGS list only system flags, as Exchange Online answers', () => {
    expect(keepsKeyword(new Set(['\\Seen', '\\Answered', '\\Flagged', '\\Deleted', '\\Draft', '$MDNSent']), '$DeletionBot')).toBe(false);
  });

  it('keeps one PERMANENTFLAGS name, in any case', () => {
    expect(keepsKeyword(new Set(['\\Seen', '$deletionbot']), '$DeletionBot')).toBe(true);
  });

  it('keeps every flag where the server sent no PERMANENTFLAGS (RFC 3501 7.1)', () => {
    expect(keepsKeyword(undefined, '$DeletionBot')).toBe(true);
  });
});
