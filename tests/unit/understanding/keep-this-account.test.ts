/**
 * A person with two accounts who asks to erase one and keep the other ("delete only @b, leave
 * @a, I still use it") names the one to erase: the account they keep is never the one erased,
 * in any language. A mail that says "keep" of something else still reads its one handle, and a
 * mail that asks to keep its only account is never read as a request to erase it.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'Data'), READER_OPTS);

describe('of two accounts, the one the person keeps is never erased', () => {
  it.each([
    ['cs', 'Dobrý den, mám u vás propojené dva instagramové účty: @jana_novakova (osobní) a @jana.novakova.pece (pečení dortů). Ten s dorty ruším, takže prosím smažte data jen u @jana.novakova.pece. Osobní účet @jana_novakova nechte, ten přes appku používám dál.', 'jana.novakova.pece'],
    ['cs', 'Dobrý den, používám dva účty, @petr.dvorak a @petr_dvorak_foto. Prosím smažte pouze data účtu @petr_dvorak_foto, ten už nepotřebuji.', 'petr_dvorak_foto'],
    ['pl', 'Dzień dobry, mam dwa konta: @kasia.nowak i @kasia_nowak_art. Konto @kasia.nowak zostawcie, nadal go używam. Proszę usunąć tylko dane konta @kasia_nowak_art.', 'kasia_nowak_art'],
    ['ru', 'Здравствуйте! У меня два аккаунта: @olga.ivanova и @olga_cakes_msk. Аккаунт @olga.ivanova не трогайте, я им пользуюсь. Пожалуйста, удалите данные только @olga_cakes_msk.', 'olga_cakes_msk'],
    ['uk', 'Добрий день! У мене два акаунти: @oksana.shevchenko та @oksana_flowers. Особистий @oksana.shevchenko не чіпайте. Будь ласка, видаліть дані лише @oksana_flowers.', 'oksana_flowers'],
    ['ro', 'Bună ziua, am două conturi: @ioana.popescu și @ioana_popescu_design. Vă rog să ștergeți datele doar pentru @ioana_popescu_design. Pe @ioana.popescu lăsați-l, îl folosesc în continuare.', 'ioana_popescu_design'],
    ['hu', 'Jó napot! Két fiókom van: @kovacs.anna és @anna_kovacs_foto. A @kovacs.anna fiókhoz ne nyúljanak, azt használom. Kérem, csak a @anna_kovacs_foto adatait töröljék.', 'anna_kovacs_foto'],
    ['da', 'Hej, jeg har to konti: @mette.hansen og @mette_bager. Behold @mette.hansen, den bruger jeg stadig. Slet venligst kun data for @mette_bager.', 'mette_bager'],
    ['no', 'Hei, jeg har to kontoer: @ingrid.berg og @ingrid_berg_strikk. La være @ingrid.berg, den bruker jeg fortsatt. Vennligst slett bare dataene til @ingrid_berg_strikk.', 'ingrid_berg_strikk'],
    ['fi', 'Hei, minulla on kaksi tiliä: @aino.virtanen ja @aino_leipoo. Tiliin @aino.virtanen älkää koskeko, käytän sitä yhä. Poistakaa vain tilin @aino_leipoo tiedot.', 'aino_leipoo'],
    ['el', 'Καλησπέρα, έχω δύο λογαριασμούς: @maria.papadopoulou και @maria_cakes_gr. Τον @maria.papadopoulou αφήστε τον, τον χρησιμοποιώ. Παρακαλώ διαγράψτε μόνο τα δεδομένα του @maria_cakes_gr.', 'maria_cakes_gr'],
    ['ar', 'مرحبا، لدي حسابان: @sara.ahmed و @sara_bakery. الحساب @sara.ahmed لا تلمسوا بياناته، ما زلت أستخدمه. أرجو حذف بيانات @sara_bakery فقط.', 'sara_bakery'],
    ['ja', 'こんにちは。アカウントが二つあります：@yui.tanaka と @yui_okashi です。@yui.tanaka はそのままにしてください。@yui_okashi のデータだけ削除してください。', 'yui_okashi'],
    ['ko', '안녕하세요. 계정이 두 개 있습니다: @minji.kim 과 @minji_bakes. @minji.kim 은 건드리지 마세요, 계속 사용합니다. @minji_bakes 계정만 삭제해 주세요.', 'minji_bakes'],
    ['zh', '你好，我有两个账号：@li.na 和 @lina_cakes。@li.na 请保留，不要动。请只删除 @lina_cakes 的数据。', 'lina_cakes'],
    ['id', 'Halo, saya punya dua akun: @dewi.lestari dan @dewi_kue. Akun @dewi.lestari biarkan saja, masih saya pakai. Tolong hapus data hanya untuk @dewi_kue.', 'dewi_kue'],
    ['vi', 'Xin chào, tôi có hai tài khoản: @lan.nguyen và @lan_banh_ngot. Tài khoản @lan.nguyen xin giữ lại, tôi vẫn dùng. Vui lòng chỉ xóa dữ liệu của @lan_banh_ngot.', 'lan_banh_ngot'],
    ['en', 'Hi, I have two accounts linked, @sam.reid and @sam_reid_bakes. Please delete the data only for @sam_reid_bakes, I closed that shop.', 'sam_reid_bakes'],
  ])('%s: the account to erase', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['he', 'שלום, יש לי שני חשבונות: @noa.levi ו-@noa_levi_art. את @noa.levi תשאירו, אני עדיין משתמשת בו. בבקשה תמחקו רק את המידע של @noa_levi_art.', 'noa_levi_art'],
    ['th', 'สวัสดีค่ะ ดิฉันมีสองบัญชี: @nok.suda และ @nok_bakery บัญชี @nok.suda อย่าแตะนะคะ ยังใช้อยู่ กรุณาลบข้อมูลเฉพาะ @nok_bakery ค่ะ', 'nok_bakery'],
  ])('%s: "I still use it" of the kept one may send the mail to staff, never with the kept handle', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(['deletion_request', 'possible_request']).toContain(u.kind);
  });
});

describe('"keep" of something else, and a mail that keeps its only account', () => {
  it.each([
    ['en', 'Keep up the good work! Please delete my data, my Instagram is @tom.baker_9', 'tom.baker_9'],
    ['cs', 'Nechte mě prosím vědět, až to bude hotové. Smažte prosím moje data, můj Instagram je @karel.novy_7', 'karel.novy_7'],
    ['pl', 'Proszę usunąć moje dane, tylko tyle. Mój Instagram: @marta.lis_3', 'marta.lis_3'],
  ])('%s: the one handle is still read', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['cs', 'Dobrý den, můj účet @eva.mala_5 prosím nechte, nechci ho smazat.'],
    ['ru', 'Здравствуйте, мой аккаунт @ivan.petrov_8 не трогайте, удалять его не нужно.'],
    ['pl', 'Dzień dobry, konto @ola.kot_4 zostawcie, nie chcę go usuwać.'],
  ])('%s: never a request to erase the kept account', (_lang, text) => {
    const u = read(text);
    if (u.kind === 'deletion_request') expect(u.instagramUsername).toBeNull();
    expect(['other', 'possible_request', 'incomplete_request']).toContain(u.kind);
  });
});

describe('an "only" said of something else narrows nothing', () => {
  it.each([
    ['en', 'Please delete my old account @anna.k since I only use @lena.b now'],
    ['cs', 'Prosím smažte můj starý účet @anna.k protože teď používám jen @lena.b'],
  ])('%s: the account in use is never the one erased', (_lang, text) => {
    const u = read(text);
    expect(u.instagramUsername).toBe('anna.k');
  });
});
