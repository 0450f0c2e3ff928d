import { describe, it, expect } from 'vitest';
import { findConfirmationAddress, isOwnAddress } from '../../../src/understanding/confirmation-address.js';
import type { InboundMail, MailAddress } from '../../../src/understanding/types.js';

function mail(from: string | null, replyTo: string[] = []): InboundMail {
  const addr = (a: string): MailAddress => ({ address: a, name: '' });
  return {
    messageId: null, inReplyTo: [], references: [], subject: '', date: null, headers: {}, text: '', html: null,
    from: from === null ? null : addr(from), replyTo: replyTo.map(addr), to: [],
  };
}
const bot = 'contact@pickrtech.com';

describe('findConfirmationAddress', () => {
  const explicit: Array<[string, string]> = [
    ['Please confirm to Alice.Alt@Example.org when done.', 'alice.alt@example.org'],
    ['Send confirmation to alice.alt@example.org', 'alice.alt@example.org'],
    ['Send the confirmation to alice.alt@example.org rather than here', 'alice.alt@example.org'],
    ['My email is alice.alt@example.org', 'alice.alt@example.org'],
    ['You can contact me at alice.alt@example.org.', 'alice.alt@example.org'],
    ['Let me know at alice.alt@example.org', 'alice.alt@example.org'],
    ['Confirmation email: alice.alt@example.org', 'alice.alt@example.org'],
    ['Email: alice.alt@example.org', 'alice.alt@example.org'],
    ['reply via mailto:alice.alt@example.org', 'alice.alt@example.org'],
    ['1. alice_s\n2. delete my data\n3. alice.alt@example.org', 'alice.alt@example.org'],
    ['Correo de confirmación: zoe@example.mx', 'zoe@example.mx'],
    ['Bestätigung bitte an yara@example.at', 'yara@example.at'],
    ['My old email was old@example.org, please confirm to new@example.org', 'new@example.org'],
    ['I wrote to contact@pickrtech.com before; confirm to me@example.org', 'me@example.org'],
  ];
  it.each(explicit)('takes the address the person gives in %j', (text, expected) => {
    expect(findConfirmationAddress(mail('sender@example.com', ['rt@example.com']), text, bot)).toMatchObject({ address: expected, source: 'explicit' });
  });

  const notExplicit: string[] = [
    'Please delete my data.',
    'Please confirm to contact@pickrtech.com',
    'Send the confirmation to staff@pickrtech.com',
    'My old address old@example.org no longer works',
    'I registered with a friend who uses bob@example.org for everything else in life',
    'Confirm to alice@ example',
  ];
  it.each(notExplicit)('falls back to Reply-To for %j', (text) => {
    expect(findConfirmationAddress(mail('sender@example.com', ['RT@Example.com']), text, bot)).toMatchObject({ address: 'rt@example.com', source: 'reply_to' });
  });

  it('falls back to From without Reply-To', () => {
    expect(findConfirmationAddress(mail('Sender@Example.com'), 'Please delete my data', bot)).toMatchObject({ address: 'sender@example.com', source: 'sender' });
  });

  it('reads a Reply-To that repeats From, in any case, as the sender', () => {
    expect(findConfirmationAddress(mail('Alice@Example.com', ['alice@EXAMPLE.com']), 'Please delete my data', bot)).toEqual({
      address: 'alice@example.com', source: 'sender', rule: 'confirmation.sender', confidence: 'high',
    });
  });

  it('takes the Reply-To that differs from From when several are given', () => {
    expect(findConfirmationAddress(mail('alice@example.com', ['ALICE@example.com', 'alice.alt@example.org']), '', bot)).toMatchObject({
      address: 'alice.alt@example.org', source: 'reply_to',
    });
  });

  it('skips a Reply-To that is our own address', () => {
    expect(findConfirmationAddress(mail('sender@example.com', [bot]), '', bot)).toMatchObject({ address: 'sender@example.com', source: 'sender' });
  });

  it('returns null without any address', () => {
    expect(findConfirmationAddress(mail(null), '', bot)).toBeNull();
  });

  it('knows our own addresses', () => {
    expect(isOwnAddress('CONTACT@pickrtech.com', bot)).toBe(true);
    expect(isOwnAddress('x@mail.pickrtech.com', null)).toBe(true);
    expect(isOwnAddress('x@notpickrtech.com', bot)).toBe(false);
  });
});

describe('confirmation addresses in Italian, Dutch, Turkish and Japanese', () => {
  it.each([
    ['Vi prego di inviare la conferma a giulia@example.it.', 'giulia@example.it'],
    ['Indirizzo email per la conferma: giulia@example.it', 'giulia@example.it'],
    ['Bevestiging graag naar sanne@example.nl.', 'sanne@example.nl'],
    ['Stuur de bevestiging naar sanne@example.nl', 'sanne@example.nl'],
    ['Onay için e-posta: ayse@example.com.tr', 'ayse@example.com.tr'],
    ['İşlem tamamlanınca emre@example.com adresine bilgi verebilir misiniz?', 'emre@example.com'],
    ['Sonucu emre@example.com adresine gönderin.', 'emre@example.com'],
    ['確認メール送信先：hanako@example.jp', 'hanako@example.jp'],
    ['完了しましたら、ken@example.ne.jp までご連絡ください。', 'ken@example.ne.jp'],
    ['メールアドレス：yuki@example.jp', 'yuki@example.jp'],
  ])('takes the address in %j', (text, expected) => {
    expect(findConfirmationAddress(mail('sender@example.com'), text, bot)).toMatchObject({ address: expected, source: 'explicit' });
  });

  it.each([
    ['Il mio vecchio indirizzo vecchio@example.it non funziona più.'],
    ['Mijn oude adres oud@example.nl gebruik ik niet meer.'],
    ['Eski adresim eski@example.com artık kullanılmıyor.'],
    ['以前のアドレス old@example.jp は使っていません。'],
  ])('does not take a disowned address in %j', (text) => {
    expect(findConfirmationAddress(mail('sender@example.com'), text, bot)).toMatchObject({ address: 'sender@example.com', source: 'sender' });
  });
});

describe('confirmation words in every language of the packs', () => {
  it.each([
    ['Proszę o potwierdzenie na kasia.alt@example.pl', 'kasia.alt@example.pl'],
    ['Подтверждение отправьте на ivan.alt@example.ru, пожалуйста', 'ivan.alt@example.ru'],
    ['Будь ласка, надішліть на olena.alt@example.ua', 'olena.alt@example.ua'],
    ['请把确认发送到 li.alt@example.cn', 'li.alt@example.cn'],
    ['확인 메일을 minji.alt@example.kr 로 보내 주세요', 'minji.alt@example.kr'],
    ['Kirim konfirmasi ke budi.alt@example.id ya', 'budi.alt@example.id'],
    ['Vui lòng gửi xác nhận đến minh.alt@example.vn', 'minh.alt@example.vn'],
    ['Skicka bekräftelsen till erik.alt@example.se', 'erik.alt@example.se'],
    ['Potvrzení prosím pošlete na petr.alt@example.cz', 'petr.alt@example.cz'],
    ['Trimiteți confirmarea la ana.alt@example.ro', 'ana.alt@example.ro'],
    ['Στείλτε την επιβεβαίωση στο nikos.alt@example.gr', 'nikos.alt@example.gr'],
    ['กรุณาส่งการยืนยันไปที่ somchai.alt@example.th', 'somchai.alt@example.th'],
    ['Confirmation bhejo is email par rahul.alt@example.in', 'rahul.alt@example.in'],
    ['लिए पुष्टि इस ईमेल पर भेजें priya.alt@example.in', 'priya.alt@example.in'],
    ['لطفا تایید را ارسال به sara.alt@example.ir', 'sara.alt@example.ir'],
    ['أرسلوا التأكيد إلى omar.alt@example.sa', 'omar.alt@example.sa'],
    ['שלחו אישור ל noa.alt@example.co.il', 'noa.alt@example.co.il'],
    ['Send bekræftelsen til mads.alt@example.dk', 'mads.alt@example.dk'],
    ['Send bekreftelsen til ola.alt@example.no', 'ola.alt@example.no'],
    ['Vahvistus osoitteeseen mikko.alt@example.fi kiitos', 'mikko.alt@example.fi'],
    ['A visszaigazolást kérem ide küldjék: anna.alt@example.hu', 'anna.alt@example.hu'],
  ])('takes the address in %j', (text, expected) => {
    expect(findConfirmationAddress(mail('sender@example.com', ['rt@example.com']), text, bot)).toMatchObject({ address: expected, source: 'explicit' });
  });

  it('keeps the address a stronger cue names when a pack word stands before another', () => {
    const text = 'Moja stara poczta to e-mail old@example.pl, please confirm to new@example.pl';
    expect(findConfirmationAddress(mail('sender@example.com'), text, bot)).toMatchObject({ address: 'new@example.pl', source: 'explicit' });
  });
});
