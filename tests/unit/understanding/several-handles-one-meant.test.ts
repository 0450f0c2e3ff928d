/**
 * A mail that names several handles, or an ID on another platform beside its own handle, means one
 * of them: the one the person says was connected ("only @b was connected, don't touch the other
 * two"), the one the erasure is narrowed to even when written without its @ ("delete the data only
 * for b"), never a LINE, Telegram or WhatsApp ID given for questions, and the body's own "Username
 * is x" rather than a business signature's "IG: @company". Erasing the wrong one erases another
 * person's data or an account in use.
 */
import { describe, expect, it } from 'vitest';
import { handleNamedOnly } from '../../../src/understanding/only-this-handle.js';
import { searchableText } from '../../../src/understanding/search-text.js';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Data') => understand(personMail(text, subject), READER_OPTS);
/** Whether the mail is read as asking: a reading of these words may go to staff, never with another account. */
const ASKING = ['deletion_request', 'possible_request'];

describe('of several accounts, only the one connected is erased; the others are left alone', () => {
  it.each([
    ['hi', 'नमस्ते, मेरे तीन इंस्टाग्राम अकाउंट हैं: @neha.sharma, @neha_bakes और @neha.travels. इनमें से सिर्फ़ @neha_bakes ही आपके ऐप से जुड़ा था। कृपया सिर्फ़ उसी का डेटा मिटा दीजिए, बाकी दोनों अकाउंट को मत छूइए।', 'neha_bakes'],
    ['en', 'hi so i have 3 insta accounts: @jake.m, @jake_lifts and @jakemusic99. only @jake_lifts was ever connected to your app. pls erase only its data and dont touch the other two', 'jake_lifts'],
    ['de', 'Hallo, ich habe drei Instagram-Konten: @lena.k, @lena_backt und @lena.reist. Nur @lena_backt war mit eurer App verbunden. Bitte löscht nur dessen Daten, die anderen beiden bitte nicht anfassen.', 'lena_backt'],
    ['fr', 'Bonjour, j ai trois comptes Instagram : @chloe.b, @chloe_cuisine et @chloe.voyage. Seul @chloe_cuisine etait connecte a votre appli. Merci de supprimer uniquement ses donnees, ne touchez pas aux deux autres.', 'chloe_cuisine'],
    ['es', 'Hola, tengo tres cuentas de Instagram: @lucia.g, @lucia_fotos y @luciag_viajes. Solo @lucia_fotos estaba conectada a su app. Borren solo sus datos por favor, no toquen las otras dos.', 'lucia_fotos'],
    ['it', 'Ciao, ho tre account Instagram: @marco.r, @marco_cucina e @marco.viaggi. Solo @marco_cucina era collegato alla vostra app. Cancellate solo i suoi dati, gli altri due non toccateli per favore.', 'marco_cucina'],
    ['pt', 'Oi, tenho tres contas no Instagram: @ana.souza, @ana_doces e @anasouza.viagens. Só a @ana_doces estava conectada ao app de vcs. Apaguem só os dados dela, nao mexam nas outras duas.', 'ana_doces'],
    ['ru', 'Здравствуйте, у меня три аккаунта в инстаграме: @olga.k, @olga_torty и @olga.travel. Из них только @olga_torty был подключен к вашему приложению. Удалите, пожалуйста, только его данные, остальные два не трогайте.', 'olga_torty'],
    ['pl', 'Dzień dobry, mam trzy konta na Instagramie: @kasia.w, @kasia_piecze i @kasia.podroze. Tylko @kasia_piecze było połączone z waszą aplikacją. Proszę usunąć tylko jego dane, pozostałych dwóch nie ruszajcie.', 'kasia_piecze'],
    ['tr', 'Merhaba, üç Instagram hesabım var: @ayse.k, @ayse_tatli ve @ayse.gezi. Sadece @ayse_tatli uygulamanıza bağlıydı. Lütfen sadece onun verilerini silin, diğer ikisine dokunmayın.', 'ayse_tatli'],
    ['nl', 'Hoi, ik heb drie Instagram accounts: @sanne.v, @sanne_bakt en @sanne.reist. Alleen @sanne_bakt was gekoppeld aan jullie app. Verwijder alleen de gegevens daarvan, de andere twee niet aanraken aub.', 'sanne_bakt'],
  ])('%s: the one connected', (_lang, text, handle) => {
    expect(handleNamedOnly(searchableText(text), ['pickrtech'])).toBe(handle);
    const u = read(text);
    // "die anderen beiden bitte nicht anfassen" may read as refusing the whole mail: then no handle at all, never a kept one.
    if (ASKING.includes(u.kind)) expect(u.instagramUsername).toBe(handle);
    else expect(u.instagramUsername).toBeNull();
  });
});

describe('the main account stays; the erasure is narrowed to the old one, written without its @', () => {
  it.each([
    ['ru', 'Добрый день.\n@dima.orlov - основной, его НЕ трогайте, он до сих пор работает через ваше приложение\n@dima_orlov_old - старый, я им не пользуюсь\nПожалуйста, удалите данные только по dima_orlov_old', 'dima_orlov_old'],
    ['en', 'Hello,\n@tina.moss - main one, do NOT touch it, it still works through your app\n@tina_moss_old - old one, I dont use it\nPlease delete the data only for tina_moss_old', 'tina_moss_old'],
    ['de', 'Hallo,\n@jonas.b - Hauptkonto, bitte NICHT anfassen, läuft noch über eure App\n@jonas_b_alt - altes Konto, nutze ich nicht mehr\nBitte löscht die Daten nur für jonas_b_alt', 'jonas_b_alt'],
    ['it', 'Buongiorno,\n@giulia.f - quello principale, NON toccatelo, funziona ancora con la vostra app\n@giulia_f_old - quello vecchio, non lo uso\nCancellate i dati solo per giulia_f_old grazie', 'giulia_f_old'],
    ['es', 'Hola,\n@pablo.r - la principal, NO la toquen, sigue funcionando con su app\n@pablo_r_viejo - la vieja, ya no la uso\nPor favor borren los datos solo de pablo_r_viejo', 'pablo_r_viejo'],
    ['fr', 'Bonjour,\n@hugo.l - le principal, n y touchez PAS, il marche encore avec votre appli\n@hugo_l_old - l ancien, je ne l utilise plus\nMerci de supprimer les donnees uniquement pour hugo_l_old', 'hugo_l_old'],
    ['pl', 'Dzień dobry,\n@tomek.z - główne, NIE ruszajcie go, nadal działa przez waszą aplikację\n@tomek_z_stare - stare, nie używam\nProszę usunąć dane tylko dla tomek_z_stare', 'tomek_z_stare'],
    ['uk', 'Добрий день.\n@iryna.m - основний, його НЕ чіпайте, він досі працює через ваш застосунок\n@iryna_m_old - старий, я ним не користуюсь\nБудь ласка, видаліть дані лише для iryna_m_old', 'iryna_m_old'],
    ['ru', 'Здравствуйте!\n@ivan.photo - основной, его НЕ трогайте, он до сих пор работает через ваше приложение\n@ivan_photo_old - старый, я им не пользуюсь\nУдалите, пожалуйста, данные только по ivan_photo_old', 'ivan_photo_old'],
    ['ru', 'Здравствуйте! У меня два аккаунта:\n@ivan.photo — основной, НЕ трогайте его!\n@ivan_photo_old — старый\nПрошу удалить мои данные только по «ivan_photo_old»', 'ivan_photo_old'],
    ['ru', 'Здравствуйте! У меня два аккаунта:\n@ivan.photo — основной, НЕ трогайте его!\n@ivan_photo_old — старый\nПрошу удалить все данные только по аккаунту ivan_photo_old', 'ivan_photo_old'],
    ['pt', 'Ola,\n@rafa.lima - o principal, NAO mexam nele, ainda funciona pelo app\n@rafa_lima_antigo - o antigo, nao uso mais\nPor favor apaguem os dados só de rafa_lima_antigo', 'rafa_lima_antigo'],
  ])('%s: the old account', (_lang, text, handle) => {
    expect(handleNamedOnly(searchableText(text), ['pickrtech'])).toBe(handle);
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(ASKING).toContain(u.kind);
  });
});

describe("another platform's ID is never the Instagram handle", () => {
  it.each([
    ['th', 'สวัสดีค่ะ รบกวนลบข้อมูลบัญชีอินสตาแกรม @ploy.sweets ของดิฉันด้วยค่ะ หากมีคำถามติดต่อดิฉันทาง LINE ได้ค่ะ LINE ID: ploy_2534', 'ploy.sweets'],
    ['en', 'Please delete all my data, my instagram is @marcus.delgado. If you need anything, Telegram: @marcus_dlg', 'marcus.delgado'],
    ['en', 'Please delete my data. Instagram: @kira.v\nSnapchat: kira_snaps22\nTikTok: @kira.dances', 'kira.v'],
    ['de', 'Bitte löscht meine Daten, mein Instagram ist @felix.k. Bei Rückfragen gern über Discord: felix_k#2231 oder Skype: felix.kr', 'felix.k'],
    ['ko', '안녕하세요. 인스타그램 @jiwoo.park 계정의 데이터를 삭제해 주세요. 문의는 카카오톡 ID: jiwoo_92 로 주세요.', 'jiwoo.park'],
    ['zh', '你好，请删除我的 Instagram 账号 @mei.chen 的所有数据。有问题请加我微信 WeChat ID: mei_chen88', 'mei.chen'],
  ])('%s: the Instagram handle, not the other ID', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['th', 'สวัสดีค่ะ รบกวนลบข้อมูลของดิฉันทั้งหมดด้วยค่ะ หากมีคำถามติดต่อดิฉันทาง LINE ได้ค่ะ LINE ID: ploy_2534'],
    ['en', 'Please delete all my data. If you have questions, Telegram: @marcus_dlg'],
    ['es', 'Hola, borren todos mis datos por favor. Cualquier cosa me escriben por WhatsApp: juanito_88'],
    ['ja', 'データを削除してください。ご質問があれば LINE ID: yuki_0801 までお願いします。'],
  ])('%s: naming only another ID asks for the username', (_lang, text) => {
    const u = read(text);
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).toBe('incomplete_request');
  });
});

describe("the body's own words name the account, not a business signature", () => {
  it.each([
    ['en', 'Hi, please delete my data from your app.\nUsername is ricky.alv74 .\nRicky Alvarez\nAlvarez Roofing LLC | Austin, TX\nIG: @alvarezroofing\nBook a free estimate: https://calendly.com/alvarezroofing', 'ricky.alv74'],
    ['en', 'Hello,\nI used your app once. Please remove everything you have on me.\nUsername is ricky.alv74 .\nRicky\nAlvarez Roofing LLC | Austin, TX\nIG: @alvarezroofing\nhttps://calendly.com/alvarezroofing', 'ricky.alv74'],
    ['es', 'Hola, por favor borren mis datos.\nMi usuario es caro.vega88 .\nCarolina Vega\nVega Estudio SL | Sevilla\nInstagram: @vegaestudio\nReservas: https://calendly.com/vegaestudio', 'caro.vega88'],
    ['en', 'Hi, please delete my data from your app.\nUsername is ricky.alv74 .\nThanks\n\nRicky Alvarez\nAlvarez Roofing LLC | Austin, TX\nIG: @alvarezroofing\nBook a free estimate: https://calendly.com/alvarezroofing', 'ricky.alv74'],
    ['de', 'Hallo, bitte löscht meine Daten.\nBenutzername ist marie_k93 .\nViele Grüße\n\nMarie Krüger\nKrüger Design GmbH | Hamburg\nInstagram: @kruegerdesign\nTermine: https://calendly.com/kruegerdesign', 'marie_k93'],
    // A booking link with its query makes a long line; the name stands apart from the block.
    ['en', 'I wrote two weeks ago asking you to delete my data and still nothing.\nUsername is tom.b_81 . Please just delete it.\n\nTom\n\nBaker Plumbing LLC | Leeds\nIG: @bakerplumbing_uk\nBook a visit: https://calendly.com/baker-plumbing/home-visit?email=tom.baker%40bakerplumbing.example&utm_source=signature', 'tom.b_81'],
    ['fr', 'Bonjour, merci de supprimer mes données.\nMon compte est lea.m_90 .\n\nLéa\n\nAtelier Martin SARL · Lyon\nInstagram : @ateliermartin\nPrendre rendez-vous : https://calendly.com/atelier-martin/rendez-vous?email=lea.martin%40ateliermartin.example&ref=mail', 'lea.m_90'],
  ])('%s: the body beats the signature', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });
});

describe('an "only" in another clause than the erasure narrows nothing', () => {
  it.each([
    ['ru', 'Удалите @anna.k, только @lena.b оставьте, я им пользуюсь', 'lena.b'],
    ['en', 'Please delete @anna.k, only @lena.b stays because I still use it', 'lena.b'],
    ['en', 'I have two accounts @anna.k and @lena.b. Only @lena.b is still in use. Please delete my data.', 'lena.b'],
  ])('%s: the account in use is never the one erased', (_lang, text, kept) => {
    expect(handleNamedOnly(searchableText(text), ['pickrtech'])).not.toBe(kept);
    expect(read(text).instagramUsername).not.toBe(kept);
  });
});

describe('guards: readings that stay', () => {
  it.each([
    ['en', 'Please delete my data. My Instagram is @nora.west, my old one @nora_w_old was deleted already.', 'nora.west'],
    ['en', 'Please delete my old account @anna.k since I only use @lena.b now', 'anna.k'],
    ['en', 'Please delete my data, my Instagram is @solo.handle_1', 'solo.handle_1'],
    ['en', 'Please delete my data. My Instagram is @jo.k_22, and Telegram is my favourite app', 'jo.k_22'],
    ['en', 'Please delete my data. Instagram and TikTok: @mia.rose_3', 'mia.rose_3'],
    ['ru', 'Удалите, пожалуйста, мои данные. Мой инстаграм @pavel.s, только побыстрее.', 'pavel.s'],
    ['en', 'Please delete my data from your app.\nSam Park\nPark Bakery LLC | Portland\nIG: @sam.park_7\nhttps://parkbakery.com', 'sam.park_7'],
    ['en', 'Please delete my data. Instagram: @liz.brand\nThanks,\nLiz\nLiz Co | Denver\nIG: @lizco_store', 'liz.brand'],
  ])('%s: unchanged', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });
});
