/**
 * Wrong handles are the worst error (another account erased). A word inside a link's address is
 * never a handle ("…?pid=nativeplacement"); a username label with an article or case ending
 * ("Username-ul meu de Instagram este x") is still a label; and of a list of accounts, the item
 * the person keeps hands off is never the one erased, while the item with the erasure word is.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, html: string | null = null) => understand(personMail(text, 'Data', { html }), READER_OPTS);

describe('a word inside a link is never the handle', () => {
  // What the reader of an html mail makes of Yahoo's signature: the link's text, then its address.
  const yahoo = 'Sent from Yahoo Mail on Android <https://mail.onelink.me/107872968?pid=nativeplacement>';
  it.each([
    ['en', 'Hi, please delete my data. My Instagram is @kim.rivers_22 thanks', 'kim.rivers_22'],
    ['es', 'Hola, por favor borren mis datos. Mi usuario de Instagram es @lucia.mg_9', 'lucia.mg_9'],
    ['de', 'Hallo, bitte löscht meine Daten. Mein Instagram ist @jonas.k_88', 'jonas.k_88'],
    ['ro', 'Bună ziua, vă rog să ștergeți toate datele mele. Username-ul meu de Instagram este andreea_pop23 .', 'andreea_pop23'],
    ['ro', 'Buna ziua, va rog sa stergeti datele. Contul meu de Instagram: @vlad.m_90', 'vlad.m_90'],
    ['fr', 'Bonjour, merci de supprimer mes données. Mon compte Instagram est @chloe.b_21', 'chloe.b_21'],
  ])('%s: a mail with a tracking link in its signature', (_lang, body, handle) => {
    expect(read(`${body}\n\n${yahoo}`).instagramUsername).toBe(handle);
  });

  it.each([
    ['Hi, please delete my data.\n\n' + yahoo],
    ['Please delete my data.\nhttps://example.com/track?id=alice_b\nwww.shop.example/p?uid=bob.c_1'],
    ['Bitte löscht meine Daten. <https://t.example.de/r?ID=lena_k>'],
  ])('a link alone names no handle: %s', (text) => {
    expect(read(text).instagramUsername).toBeNull();
  });

  it.each([
    ['Please delete my data: https://www.instagram.com/maya.t_77/', 'maya.t_77'],
    ['Please delete my data. Instagram: https://instagram.com/leo_b.9?igsh=abc123', 'leo_b.9'],
    ['私のインスタID: yuki_h22 です。データを削除してください。', 'yuki_h22'],
  ])('an Instagram link or a label still names its handle: %s', (text, handle) => {
    expect(read(text).instagramUsername).toBe(handle);
  });
});

describe('a username label with an article or a case ending', () => {
  it.each([
    ['ro', 'Bună ziua, vă rog să-mi ștergeți datele. Username-ul meu de Instagram este andreea_pop23 .', 'andreea_pop23'],
    ['ro', 'Buna, vreau sa stergeti datele mele. username-ul meu este mihai.ion_7', 'mihai.ion_7'],
    ['ro', 'Salut, stergeti va rog toate datele. Contul meu de Instagram este elena.dobre', 'elena.dobre'],
    ['hu', 'Jó napot, kérem töröljék az adataimat. A felhasználónevem kiss.reka_91', 'kiss.reka_91'],
    ['bg', 'Hello, please delete all my data from your app. Username-а ми в Instagram е petya_ivanova3', 'petya_ivanova3'],
  ])('%s: the handle after the label is read', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
  });
});

describe('of two accounts, the one the person keeps hands off is never erased', () => {
  it.each([
    ['pt', 'Oi! Tenho duas contas no Insta: @a.loja (a da lojinha) e @b_pessoal (a pessoal). Quero que apaguem SÓ os dados da pessoal, @b_pessoal. A da loja continua usando, por favor não mexam nela', 'b_pessoal'],
    ['uk', 'Добрий день! У мене два акаунти:\n- @a_bakery — це пекарня, його НЕ чіпайте, він працює далі\n- @b.private — особистий, от по ньому видаліть, будь ласка, всі дані\nДякую!', 'b.private'],
    ['ru', 'Здравствуйте, у меня два профиля:\n- @sveta_cakes — магазин, его не трогайте, он работает\n- @sveta.lichnoe — личный, вот его удалите, пожалуйста, все данные\nСпасибо', 'sveta.lichnoe'],
    ['de', 'Hallo, ich habe zwei Accounts:\n- @laden_mueller — der Laden, bitte nicht anfassen, läuft weiter\n- @tina.mueller_privat — privat, davon bitte alle Daten löschen\nDanke', 'tina.mueller_privat'],
    ['en', 'Hi there, two accounts:\n- @shop_by_dee - the shop, please don\'t touch it, still running\n- @dee.personal - personal, this one please delete all my data\nThanks', 'dee.personal'],
    ['es', 'Hola, tengo dos cuentas:\n- @tienda.mari — la tienda, no toquen nada ahí, sigue funcionando\n- @mari_personal — la personal, esa sí borren todos los datos por favor\nGracias', 'mari_personal'],
    ['pt', 'Olá, tenho duas contas:\n- @doceria.ju — a loja, não mexam nela, continua ativa\n- @ju_pessoal — pessoal, por favor apaguem todos os meus dados dessa\nObrigada', 'ju_pessoal'],
    ['fr', 'Bonjour, j\'ai deux comptes :\n- @boulangerie.lea — la boutique, ne touchez pas, elle tourne encore\n- @lea_perso — perso, merci de supprimer toutes mes données de celui-là\nMerci', 'lea_perso'],
    ['it', 'Ciao, ho due account:\n- @forno.giulia — il negozio, non toccate niente, è ancora attivo\n- @giulia_privata — personale, per favore cancellate tutti i miei dati di questo\nGrazie', 'giulia_privata'],
    ['pl', 'Dzień dobry, mam dwa konta:\n- @piekarnia.ola — sklep, nie ruszajcie go, dalej działa\n- @ola_prywatne — prywatne, z niego usuńcie proszę wszystkie dane\nDzięki', 'ola_prywatne'],
    ['tr', 'Merhaba, iki hesabım var:\n- @pastane.ayse — dükkan, ona dokunmayın, hala açık\n- @ayse_kisisel — kişisel, bunun tüm verilerini silin lütfen\nTeşekkürler', 'ayse_kisisel'],
    ['nl', 'Hoi, ik heb twee accounts:\n- @bakkerij.sanne — de winkel, niet aankomen alsjeblieft, die draait nog\n- @sanne_prive — privé, daarvan graag alle gegevens verwijderen\nBedankt', 'sanne_prive'],
    ['en', 'Hi! I have 2 accounts on insta: @kays.shop (the shop) and @kay_private (personal). Please delete ONLY the data of the personal one, @kay_private. The shop is still running so please dont touch it', 'kay_private'],
    ['es', 'Hola, tengo dos cuentas: @tienda.caro (la tienda) y @caro_priv (la personal). Borren solo los datos de la personal, @caro_priv. La de la tienda la sigo usando, no la toquen porfa', 'caro_priv'],
    ['it', 'Ciao, ho due profili: @negozio.vale (il negozio) e @vale_priv (quello personale). Cancellate solo i dati di quello personale, @vale_priv. Il negozio lo uso ancora, non toccatelo', 'vale_priv'],
    ['de', 'Hallo, ich habe zwei Konten: @laden.jule (der Laden) und @jule_privat (privat). Bitte löscht nur die Daten vom privaten, @jule_privat. Den Laden nutze ich weiter, bitte nicht anfassen', 'jule_privat'],
  ])('%s: the item with the erasure word', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
  });

  it.each([
    ['en', 'Hi, please delete my data. My account is @old.one_22, my sister has @new.one_33 and don\'t touch hers.', 'old.one_22'],
    ['de', 'Hallo, bitte löscht alle Daten von @mia.k_12. Danke!', 'mia.k_12'],
    ['es', 'Hola, borren mis datos por favor, mi cuenta es @pablo.r_4', 'pablo.r_4'],
    ['en', 'Hi, two accounts:\n- @nina.k_5 - mine, please delete all my data, but don\'t touch @nina.mum\n- @nina.mum - my mum\'s', 'nina.k_5'],
    ['uk', 'Добрий день, видаліть, будь ласка, мої дані.\n- мій акаунт @oles.p_3, інші не чіпайте', 'oles.p_3'],
    ['pt', 'Oi, apaguem só os dados da conta pessoal, @rafa.p_8. Obrigado', 'rafa.p_8'],
  ])('%s: guards keep their reading', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
  });
});
