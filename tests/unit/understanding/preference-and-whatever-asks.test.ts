/**
 * An ask written as a preference ("All I ask is that you delete…", "I'd appreciate it if you
 * deleted…") asks for the deletion as plainly as "please delete" does. A
 * "whatever you have" clause before the verb ("ne kayıt varsa silin", "was auch immer Sie haben,
 * löschen Sie") names what is to be deleted; it is no question.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understand(personMail(text, subject, { from: 'someone@example.org' }), READER_OPTS);

describe('an ask phrased as a preference or over "whatever you have" asks for the deletion', () => {
  it.each([
    ['en', 'I am not angry, I just do not use it any more. All I ask is that you delete my data. My Instagram is @tomas.bakes.', 'tomas.bakes'],
    ['en', 'Good morning, I\'d like you to erase everything you have on my account @quiet.fern.studio. Thank you in advance.', 'quiet.fern.studio'],
    ['en', 'Hi, I connected my Instagram @olly.rides to your app a long time ago. I\'d appreciate it if you deleted all my information from your servers.', 'olly.rides'],
    ['en', 'Hey! It would be great if you could wipe all my data. The account was @jo.sketchbook. Cheers, Jo', 'jo.sketchbook'],
    ['tr', 'Instagram\'da @pickrtech hesabınıza yazmıştım, oradan bu adrese mail atmamı söylediniz. Uygulamanızı bir süre kullandım ama artık kullanmıyorum. Benim hesabım @mert.ozturk - bu hesaba ait sizde ne kayıt varsa silin lütfen.', 'mert.ozturk'],
    ['tr', 'Merhaba, uygulamanızı geçen yıl denemiştim. Hesabım @ayse.kaya.design, sizde bana ait ne veri varsa silin lütfen.', 'ayse.kaya.design'],
    ['tr', 'İyi günler. Instagram hesabım @burak.yilmaz34 ile ilgili ne bilgi varsa lütfen silin. Teşekkürler.', 'burak.yilmaz34'],
    ['de', 'Guten Tag, ich habe Ihre App vor einem Jahr ausprobiert. Was auch immer Sie über mein Konto @jonas.weber.foto haben, löschen Sie bitte. Danke.', 'jonas.weber.foto'],
    ['fr', 'Bonjour, j\'ai utilisé votre application quelques mois. Tout ce que vous avez sur mon compte @claire.dumont.art, supprimez-le s\'il vous plaît.', 'claire.dumont.art'],
    ['es', 'Hola, usé su aplicación hace tiempo. Lo que tengan sobre mi cuenta @pablo.ruiz.music, bórrenlo por favor.', 'pablo.ruiz.music'],
  ])('%s: a request with the handle', (_lang, text, handle) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
  });
});

describe('near sentences keep their reading', () => {
  it.each([
    ['en', 'Hi, before I connect my Instagram @maya.builds: what I\'d like to know is whether you delete data when I disconnect.'],
    ['tr', 'Merhaba, hesabım @deniz.ak. Bağlantıyı kaldırırsam verilerim ne kadar sürede silinir?'],
  ])('%s: a question, no request', (_lang, text) => {
    expect(read(text).kind).toBe('other');
  });

  it('en: "I\'d like to know if you could delete my data" still asks politely', () => {
    const u = read('Hello, I\'d like to know if you could delete my data. My Instagram is @sam.rivers.');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('sam.rivers');
  });

  it('tr: "verilerimi silmeyin" still refuses', () => {
    expect(read('Merhaba, hesabım @deniz.ak. Ne olursa olsun verilerimi silmeyin lütfen.').kind).not.toBe('deletion_request');
  });
});
