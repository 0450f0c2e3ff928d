/** Confirmation addresses introduced by "answer me there" in each language. */
import { describe, it, expect } from 'vitest';
import { findConfirmationAddress } from '../../../src/understanding/confirmation-address.js';
import type { InboundMail } from '../../../src/understanding/types.js';

const mail: InboundMail = {
  messageId: null, inReplyTo: [], references: [], subject: '', date: null, headers: {}, text: '', html: null,
  from: { address: 'sender@example.net', name: '' }, replyTo: [], to: [],
};

describe('answer-me-there words', () => {
  it.each([
    ['Je kunt antwoorden naar noor.k@example.org.', 'noor.k@example.org'],
    ['Sie können mir gern an noor.k@example.org antworten.', 'noor.k@example.org'],
    ['Vous pouvez me répondre à noor.k@example.org.', 'noor.k@example.org'],
    ['Please write back to noor.k@example.org, this inbox is shared.', 'noor.k@example.org'],
    ['Dönüşü noor.k@example.org adresine yapabilirsiniz.', 'noor.k@example.org'],
    ['Yanıtınızı noor.k@example.org adresine bekliyorum.', 'noor.k@example.org'],
  ])('%s', (text, address) => {
    expect(findConfirmationAddress(mail, text, 'contact@pickrtech.com')).toMatchObject({ address, source: 'explicit' });
  });

  it('still uses the sender when no address is given', () => {
    expect(findConfirmationAddress(mail, 'Please delete my data.', 'contact@pickrtech.com')).toMatchObject({ address: 'sender@example.net', source: 'sender' });
  });
});
