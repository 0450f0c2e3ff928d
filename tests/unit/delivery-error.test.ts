import { describe, expect, it } from 'vitest';
import { classifyDeliveryError } from '../../src/mail-out/delivery-error.js';
import { scrubAddresses } from '../../src/log/scrub.js';

describe('delivery errors', () => {
  it.each([
    [{ responseCode: 550 }, 'permanent'],
    [{ responseCode: 553 }, 'permanent'],
    [{ responseCode: 421 }, 'transient'],
    [{ responseCode: 451 }, 'transient'],
    [{ code: 'ECONNREFUSED' }, 'transient'],
    [{ code: 'ETIMEDOUT' }, 'transient'],
    [{ code: 'EENVELOPE' }, 'permanent'],
    [null, 'transient'],
  ])('%j is %s', (err, kind) => {
    expect(classifyDeliveryError(err)).toBe(kind);
  });

  it('removes addresses from error text before logging', () => {
    expect(scrubAddresses('550 5.1.1 <alice@example.com>: Recipient address rejected')).toBe('550 5.1.1 <[address]>: Recipient address rejected');
  });
});
