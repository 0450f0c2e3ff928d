import { describe, it, expect } from 'vitest';
import { withoutInvisibles } from '../../../src/understanding/invisible-characters.js';
import { htmlToText } from '../../../src/understanding/html-text.js';
import { understand } from '../../../src/understanding/understand.js';
import type { InboundMail, UnderstandOptions } from '../../../src/understanding/types.js';

const opts: UnderstandOptions = { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] };

function mail(text: string, subject = 'Hello'): InboundMail {
  return {
    messageId: 'm1@example.com', inReplyTo: [], references: [], subject,
    from: { address: 'sender@example.com', name: 'Sender' }, replyTo: [], to: [], date: null,
    headers: {}, text, html: null,
  };
}

const ZWSP = '\u200b';
const WJ = '\u2060';
const BOM = '\ufeff';
const SHY = '\u00ad';
const ZWNJ = '\u200c';
const ZWJ = '\u200d';
const RLM = '\u200f';

describe('withoutInvisibles', () => {
  const dropped: Array<[string, string, string]> = [
    ['zero-width spaces inside a Latin handle', `@ka${ZWSP}ro_${ZWSP}lina`, '@karo_lina'],
    ['a word joiner after the @', `@${WJ}nils.berg`, '@nils.berg'],
    ['a BOM inside a word', `pl${BOM}ease`, 'please'],
    ['a soft hyphen inside a word', `de${SHY}lete`, 'delete'],
    ['a soft hyphen inside a Cyrillic word', `ви${SHY}даліть`, 'видаліть'],
    ['zero-width joiners between Latin letters and digits', `ole${ZWNJ}_${ZWJ}77`, 'ole_77'],
    ['a run of several between handle letters', `lu${ZWSP}${WJ}${BOM}cia`, 'lucia'],
    ['at the start of the text', `${BOM}Hello`, 'Hello'],
    ['at the end of a handle', `@mara.k${ZWSP} thanks`, '@mara.k thanks'],
    ['a right-to-left mark inside a Latin handle', `sara${RLM}_k`, 'sara_k'],
  ];
  it.each(dropped)('drops %s', (_name, input, want) => {
    expect(withoutInvisibles(input)).toBe(want);
  });

  const kept: Array<[string, string]> = [
    ['a Persian word shaped by a ZWNJ', `می${ZWNJ}خواهم`],
    ['a Devanagari conjunct shaped by a ZWJ', `क्${ZWJ}ष`],
    ['a Devanagari half form kept apart by a ZWNJ', `क्${ZWNJ}ष`],
    ['an Arabic word with a ZWNJ', `لا${ZWNJ}ئحة`],
    ['an emoji family joined by ZWJs', `👩${ZWJ}👩${ZWJ}👧`],
    ['plain text without any', 'Please delete my data @ana.k'],
  ];
  it.each(kept)('keeps %s', (_name, input) => {
    expect(withoutInvisibles(input)).toBe(input);
  });

  it('leaves a space where a zero-width space parts another script from a handle', () => {
    // Thai writes no spaces; a zero-width space is where one word ends.
    expect(withoutInvisibles(`บัญชีของฉัน${ZWSP}@somchai_p${ZWSP}ครับ`)).toBe('บัญชีของฉัน @somchai_p ครับ');
    expect(withoutInvisibles(`Username:${ZWSP}olek_w`)).toBe('Username: olek_w');
  });

  it('does not fold a look-alike letter into a handle', () => {
    // A Cyrillic 'а' stays a Cyrillic 'а': the handle rules refuse it, no other handle is guessed.
    expect(withoutInvisibles(`@\u0430${ZWSP}lina_k`)).toBe('@\u0430 lina_k');
  });

  it('reads a long text in one pass', () => {
    const long = `a${ZWSP}`.repeat(200_000);
    expect(withoutInvisibles(long)).toBe('a'.repeat(200_000));
  });
});

describe('a mail with invisible characters inside its words and handles', () => {
  const requests: Array<[string, string, string, string]> = [
    ['English', 'Hello', `Please delete my data from your app.\nMy Instagram is @${ZWSP}Jo${ZWSP}rdan_Reed.Art`, 'jordan_reed.art'],
    ['Spanish', 'Borrar datos', `Hola, por favor borren mis datos.\nMi usuario de Instagram: ca${WJ}mila.${WJ}ruiz`, 'camila.ruiz'],
    ['German', 'Datenlöschung', `Bitte lö${SHY}schen Sie meine Daten.\nInstagram: @${BOM}jonas_${BOM}keller`, 'jonas_keller'],
    ['Polish', 'Usunięcie danych', `Proszę usunąć moje dane.\nMój Instagram: @ola${ZWSP}_${ZWSP}nowak${ZWSP}`, 'ola_nowak'],
    ['Turkish', 'veri silme', `Merhaba, verilerimi silin lütfen.\nig: Mert${ZWSP}.Yil${ZWSP}maz_`, 'mert.yilmaz_'],
    ['Ukrainian', 'Видалення даних', `Будь ласка, видаліть мої дані.\nІнстаграм: @ok${ZWSP}sana_${ZWSP}lys`, 'oksana_lys'],
    ['Hinglish', 'data delete karo', `bhai mera data delete kar do\ninsta id: @Vik${ZWSP}ram__Ru${ZWJ}ns`, 'vikram__runs'],
    ['Thai', 'ลบข้อมูล', `ช่วยลบข้อมูลของฉันด้วยค่ะ\nไอจีของฉัน${ZWSP}@pim${ZWSP}chanok${ZWSP}_s ค่ะ`, 'pimchanok_s'],
    ['Persian', 'حذف اطلاعات', `لطفاً اطلاعات من را حذف کنید. نمی${ZWNJ}خواهم از برنامه استفاده کنم.\nاینستاگرام: @na${ZWSP}rges_${ZWSP}rad`, 'narges_rad'],
  ];
  it.each(requests)('%s: reads the handle a reader sees', (_lang, subject, text, handle) => {
    const u = understand(mail(text, subject), opts);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });

  it('reads an HTML mail whose handle is split by zero-width entities', () => {
    const text = htmlToText('<div>Please delete my data.</div><div>Instagram: @li&#8203;na_&#x200B;moreau&shy;</div>');
    const u = understand(mail(text, 'Data deletion'), opts);
    expect(u.instagramUsername).toBe('lina_moreau');
  });

  it('reads a handle in the subject split by a zero-width space', () => {
    const u = understand(mail('Please delete all my data from your app.', `Delete my data @pe${ZWSP}dro_${ZWSP}alves`), opts);
    expect(u.instagramUsername).toBe('pedro_alves');
  });

  it('reads a wish written with soft hyphens inside its words', () => {
    const u = understand(mail(`Plea${SHY}se de${SHY}lete my da${SHY}ta.\nInstagram: @erin_w`, 'Hi'), opts);
    expect(u.kind).toBe('deletion_request');
  });

  it('still refuses a handle with a Cyrillic look-alike letter', () => {
    const u = understand(mail(`Please delete my data.\nInstagram: @\u0430${ZWSP}nna_k`, 'Delete'), opts);
    expect(u.instagramUsername).toBeNull();
  });
});
