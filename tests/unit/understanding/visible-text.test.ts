import { describe, it, expect } from 'vitest';
import { splitVisible, visibleText } from '../../../src/understanding/visible-text.js';

describe('visibleText', () => {
  const cases: Array<[string, string, string, string]> = [
    ['plain text stays', 'Please delete my data.\nIG: alice', '', 'Please delete my data.\nIG: alice'],
    ['> lines go', 'My username is bob\n> Your username: [your username]\n> @other', '', 'My username is bob'],
    ['Gmail attribution cuts', 'Yes please\n\nOn Mon, Mar 2, 2026 at 4:12 PM PickrTech <contact@pickrtech.com> wrote:\nUnquoted old text @old', '', 'Yes please'],
    ['wrapped Gmail attribution cuts', 'Yes please\n\nOn Mon, Mar 2, 2026 at 4:12 PM PickrTech <\ncontact@pickrtech.com> wrote:\nold', '', 'Yes please'],
    ['short attribution cuts', 'Fine\nAlice wrote:\nold words', '', 'Fine'],
    ['French attribution cuts', 'Oui\nLe lun. 2 mars 2026 à 16:12, PickrTech <contact@pickrtech.com> a écrit :\nancien', '', 'Oui'],
    ['German attribution cuts', 'Ja\nAm 02.03.2026 um 16:12 schrieb PickrTech <contact@pickrtech.com>:\nalt', '', 'Ja'],
    ['Spanish attribution cuts', 'Sí\nEl lun, 2 mar 2026 a las 16:12, PickrTech (<contact@pickrtech.com>) escribió:\nviejo', '', 'Sí'],
    ['Original Message cuts', 'New\n-----Original Message-----\nFrom: x\nold', '', 'New'],
    ['Outlook header block cuts', 'New words\n\n________________________________\nFrom: PickrTech <contact@pickrtech.com>\nSent: Monday\nTo: me\nSubject: x\n\nold @handle', '', 'New words'],
    ['Outlook bold header block cuts', 'New words\n\n*From:* PickrTech\n*Sent:* Monday\n\nold', '', 'New words'],
    ['dash signature goes', 'Delete my data\n-- \nAlice\nFollow us @brand', '', 'Delete my data'],
    ['mobile footer goes', 'Delete my data\n\nSent from my iPhone', '', 'Delete my data'],
    ['Outlook mobile footer goes', 'Delete my data\n\nGet Outlook for Android', '', 'Delete my data'],
    ['valediction block goes', 'Delete my data\n\nBest regards,\nAlice\nCEO, Brand\nFollow us @brand', '', 'Delete my data'],
    ['Thanks alone at the start stays', 'Thanks!\nPlease delete my data and everything\nIG: x\nmore\nmore\nmore\nmore\nmore\nmore\nmore', '', 'Thanks!\nPlease delete my data and everything\nIG: x\nmore\nmore\nmore\nmore\nmore\nmore\nmore'],
    ['Gmail forward keeps the body without headers', 'See below\n\n---------- Forwarded message ---------\nFrom: Mia <mia@old.example>\nDate: Sun\nSubject: x\nTo: <contact@pickrtech.com>\n\nPlease delete my data. IG: mia', 'Fwd: x', 'See below\n\nPlease delete my data. IG: mia'],
    ['Apple forward keeps the body', 'FYI\n\nBegin forwarded message:\n\nFrom: Nils <nils@example.com>\nSubject: delete\n\nDelete my data', 'Fwd: delete', 'FYI\n\nDelete my data'],
    ['Outlook forward (Fw: subject) keeps the body', 'FYI\n\nFrom: Nils <nils@example.com>\nSent: Monday\nTo: x\nSubject: delete\n\nDelete my data', 'FW: delete', 'FYI\n\nDelete my data'],
    ['Outlook reply (Re: subject) cuts', 'OK\n\nFrom: PickrTech <contact@pickrtech.com>\nSent: Monday\nSubject: delete\n\nold', 'RE: delete', 'OK'],
    ['CRLF handled', 'Line one\r\nLine two\r\n> quoted\r\n', '', 'Line one\nLine two'],
    ['an "On" sentence is not an attribution', 'On Monday I used the app.\nPlease delete my data.', '', 'On Monday I used the app.\nPlease delete my data.'],
  ];
  it.each(cases)('%s', (_name, text, subject, expected) => {
    expect(visibleText(text, subject)).toBe(expected);
  });

  it('returns the signature separately', () => {
    const parts = splitVisible('Delete my data\n\nCheers,\nAlice\nInstagram: @alice_s');
    expect(parts.body).toBe('Delete my data');
    expect(parts.signature).toBe('Cheers,\nAlice\nInstagram: @alice_s');
  });

  it('handles empty input', () => {
    expect(splitVisible('')).toEqual({ body: '', signature: '' });
  });
});
