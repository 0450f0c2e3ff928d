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
    ['Italian attribution cuts', 'Sì\nIl giorno lun 2 mar 2026 alle ore 16:12 PickrTech <contact@pickrtech.com> ha scritto:\nvecchio', '', 'Sì'],
    ['Dutch Gmail attribution cuts', 'Ja\nOp ma 2 mrt 2026 om 16:12 schreef PickrTech <contact@pickrtech.com>:\noud', '', 'Ja'],
    ['Dutch Apple attribution cuts', 'Ja\nOp 2 mrt. 2026 om 16:12 heeft PickrTech <contact@pickrtech.com> het volgende geschreven:\n\noud', '', 'Ja'],
    ['Turkish attribution cuts', 'Evet\n2 Mar 2026 Pzt, 16:12 tarihinde PickrTech <contact@pickrtech.com> şunu yazdı:\n> eski', '', 'Evet'],
    ['Japanese Gmail attribution cuts', 'はい\n\n2026年3月2日(月) 16:12 PickrTech <contact@pickrtech.com>:\n\n> ユーザー名：<ユーザー名>', '', 'はい'],
    ['an address line with a colon is no attribution without a quote under it', 'Send it to <me@example.com>:\nplease, soon', '', 'Send it to <me@example.com>:\nplease, soon'],
    ['Italian Outlook header block cuts', 'Nuovo\n\nDa: PickrTech <contact@pickrtech.com>\nInviato: lunedì 2 marzo 2026 16:12\nA: me\nOggetto: x\n\nvecchio @x', 'R: x', 'Nuovo'],
    ['Dutch Outlook header block cuts', 'Nieuw\n\nVan: PickrTech <contact@pickrtech.com>\nVerzonden: maandag 2 maart 2026 16:12\nAan: mij\nOnderwerp: x\n\noud', 'Antw: x', 'Nieuw'],
    ['Turkish Outlook header block cuts', 'Yeni\n\nKimden: PickrTech <contact@pickrtech.com>\nGönderildi: 2 Mart 2026 Pazartesi 16:12\nKime: ben\nKonu: x\n\neski', 'Ynt: x', 'Yeni'],
    ['Japanese Outlook header block cuts', '新しい\n\n差出人: PickrTech <contact@pickrtech.com>\n送信日時: 2026年3月2日 16:12\n宛先: me\n件名: x\n\n古い', 'RE: x', '新しい'],
    ['Spanish Outlook "Enviado el" block cuts', 'Nuevo\n\nDe: PickrTech <contact@pickrtech.com>\nEnviado el: lunes, 2 de marzo de 2026 16:12\nPara: yo\nAsunto: x\n\nviejo', 'RE: x', 'Nuevo'],
    ['Outlook forward with Original Message keeps the body', 'FYI\n\n-----Original Message-----\nFrom: Irene <irene@example.com>\nSent: Tuesday\nTo: x\nSubject: y\n\nPlease delete my data', 'FW: y', 'FYI\n\nPlease delete my data'],
    ['Italian forward keeps the body', 'Vedi sotto\n\n---------- Messaggio inoltrato ---------\nDa: Rosa <rosa@example.it>\nDate: dom 1 mar 2026\nSubject: x\nTo: <me@example.it>\n\nCancellate i miei dati', 'I: x', 'Vedi sotto\n\nCancellate i miei dati'],
    ['Japanese forward keeps the body', '転送します\n\n---------- 転送されたメッセージ ---------\nFrom: 花子 <hanako@example.jp>\nDate: 2026年3月1日\nSubject: x\nTo: <me@example.jp>\n\nデータを削除してください。', 'Fwd: x', '転送します\n\nデータを削除してください。'],
    ['Italian mobile footer goes', 'Cancellate i miei dati\n\nInviato da iPhone', '', 'Cancellate i miei dati'],
    ['Dutch mobile footer goes', 'Verwijder mijn gegevens\n\nVerstuurd vanaf mijn iPhone', '', 'Verwijder mijn gegevens'],
    ['Turkish mobile footer goes', 'Verilerimi silin\n\niPhone\'umdan gönderildi', '', 'Verilerimi silin'],
    ['Japanese mobile footer goes', 'データを削除してください。\n\niPhoneから送信', '', 'データを削除してください。'],
    ['Dutch valediction block goes', 'Verwijder mijn gegevens\n\nMet vriendelijke groet,\nSanne\n@sanne_shop', '', 'Verwijder mijn gegevens'],
    ['Japanese valediction block goes', 'データを削除してください。\n\nよろしくお願いいたします。\n田中\n@tanaka_shop', '', 'データを削除してください。'],
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
    expect(splitVisible('')).toEqual({ body: '', signature: '', lead: '' });
  });
});

describe('splitVisible of the same body under two subjects', () => {
  const body = 'Please delete my data, username @sam.k\n\nFrom: Ops <ops@example.com>\nSent: Monday\nTo: Sam\nSubject: hello\n\nOld words @not.me\n';

  it('ends the words at the quoted header block of a reply, and keeps a forward', () => {
    const reply = splitVisible(body, 'Re: hello');
    expect(reply.body).not.toContain('@not.me');
    // As a forward (Outlook writes the same header block), the forwarded words are the sender's.
    expect(splitVisible(body, 'Fw: hello').body).toContain('@not.me');
    expect(splitVisible(body, 'Re: hello').body).toBe(reply.body);
  });
});

describe('quote headers and signatures of the mail clients of every language in the packs', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Polish Gmail attribution', 'Tak, proszę\n\npon., 2 mar 2026 o 16:12 PickrTech <contact@pickrtech.com> napisał(a):\n> stare', '', 'Tak, proszę'],
    ['Polish Thunderbird attribution without quote marks', 'Tak\nW dniu 2.03.2026 o 16:12, PickrTech pisze:\nstare', '', 'Tak'],
    ['Russian Gmail attribution (an address, no verb)', 'Да\n\nпн, 2 мар. 2026 г. в 16:12, PickrTech <contact@pickrtech.com>:\n> старое', '', 'Да'],
    ['Ukrainian Gmail attribution', 'Так\nпн, 2 бер. 2026 р. о 16:12 PickrTech <contact@pickrtech.com> пише:\n> старе', '', 'Так'],
    ['Chinese Gmail attribution', '好的\n\nPickrTech <contact@pickrtech.com> 于2026年3月2日周一 16:12写道：\n> 旧', '', '好的'],
    ['Chinese QQ Mail original', '好的\n\n------------------ 原始邮件 ------------------\n发件人: "PickrTech" <contact@pickrtech.com>\n发送时间: 2026年3月2日(星期一) 16:12\n收件人: "我"\n主题: 删除\n\n旧的', '', '好的'],
    ['Chinese Outlook header block', '好的\n\n发件人: PickrTech <contact@pickrtech.com>\n发送时间: 2026年3月2日 16:12\n收件人: 我\n主题: 删除\n\n旧的', '回复: 删除', '好的'],
    ['Korean Gmail attribution', '네\n\n2026년 3월 2일 (월) 오후 4:12, PickrTech <contact@pickrtech.com>님이 작성:\n> 이전', '', '네'],
    ['Korean Naver header block', '네\n\n-----Original Message-----\n보낸사람: PickrTech <contact@pickrtech.com>\n받는사람: 나\n보낸날짜: 2026-03-02 16:12\n제목: 삭제\n\n이전', '', '네'],
    ['Swedish Gmail attribution', 'Ja\n\nDen mån 2 mars 2026 kl 16:12 skrev PickrTech <contact@pickrtech.com>:\n> gammalt', '', 'Ja'],
    ['Norwegian Gmail attribution (no opener)', 'Ja\n\nman. 2. mar. 2026 kl. 16:12 skrev PickrTech <contact@pickrtech.com>:\n> gammelt', '', 'Ja'],
    ['Hungarian Gmail attribution (the verb before the date)', 'Igen\n\nPickrTech <contact@pickrtech.com> ezt írta (időpont: 2026. márc. 2., H, 16:12):\n> régi', '', 'Igen'],
    ['Czech Outlook header block', 'Ano\n\nOd: PickrTech <contact@pickrtech.com>\nOdesláno: pondělí 2. března 2026 16:12\nKomu: já\nPředmět: smazání\n\nstaré', 'RE: smazání', 'Ano'],
    ['Finnish Outlook header block', 'Kyllä\n\nLähettäjä: PickrTech <contact@pickrtech.com>\nLähetetty: maanantai 2. maaliskuuta 2026 16.12\nVastaanottaja: minä\nAihe: poisto\n\nvanha', 'VS: poisto', 'Kyllä'],
    ['Greek Gmail attribution', 'Ναι\n\nΣτις Δευ 2 Μαρ 2026 στις 16:12, ο/η PickrTech <contact@pickrtech.com> έγραψε:\n> παλιό', '', 'Ναι'],
    ['Arabic Gmail attribution', 'نعم\n\nفي الاثنين، 2 مارس 2026 في 4:12 م، كتب PickrTech <contact@pickrtech.com>:\n> قديم', '', 'نعم'],
    ['Hebrew Gmail attribution', 'כן\n\nבתאריך יום ב׳, 2 במרץ 2026 ב-16:12 מאת PickrTech <contact@pickrtech.com>:\n> ישן', '', 'כן'],
    ['Polish phone footer', 'Proszę usunąć moje dane\n\nWysłane z mojego iPhone\'a', '', 'Proszę usunąć moje dane'],
    ['Chinese phone footer', '请删除我的数据\n\n发自我的iPhone', '', '请删除我的数据'],
    ['Korean phone footer', '데이터를 삭제해 주세요\n\n나의 iPhone에서 보냄', '', '데이터를 삭제해 주세요'],
    ['Russian sign-off block', 'Удалите мои данные\n\nС уважением,\nИван\n@ivan_brand', '', 'Удалите мои данные'],
    ['Polish sign-off block', 'Proszę usunąć moje dane\n\nZ poważaniem\nJan Kowalski\n@sklep_jana', '', 'Proszę usunąć moje dane'],
    ['Polish forward keeps the body', 'Zobacz niżej\n\n---------- Przekazana wiadomość ---------\nOd: Ola <ola@example.pl>\nData: pon.\nTemat: x\nDo: <contact@pickrtech.com>\n\nProszę usunąć moje dane.', 'PD: x', 'Zobacz niżej\n\nProszę usunąć moje dane.'],
    ['a sentence naming what one wrote to an address stays', 'I wrote to support@example.com on 3 March:\nplease delete my data', '', 'I wrote to support@example.com on 3 March:\nplease delete my data'],
    ['prose ending in a Japanese noun stays', '以下のメール:\nデータを削除してください', '', '以下のメール:\nデータを削除してください'],
  ];
  it.each(cases)('%s', (_name, text, subject, expected) => {
    expect(visibleText(text, subject)).toBe(expected);
  });
});

describe('splitVisible asked in turn for the same body by several readers', () => {
  // A forward of the sender's own earlier mail quoted with ">": its lines are read only when the quoted sender is the sender.
  const forwards = (lang: string, from: string): string =>
    ({
      en: `I sent this to the wrong address, so I'm forwarding it here.\n\nBegin forwarded message:\n\n> From: Tom Walsh <${from}>\n> Subject: Delete my data\n>\n> Please delete all my data. My Instagram username is @tomwalsh.photo\n`,
      sv: `Jag skickade det här till fel adress, så jag vidarebefordrar det hit.\n\nBörjan på vidarebefordrat brev:\n\n> Från: Anna Berg <${from}>\n> Ämne: Radera mina uppgifter\n>\n> Jag vill att ni tar bort all min data. Mitt Instagram är @annaberg_design\n`,
      de: `Das ging an die falsche Adresse, deshalb leite ich es hier weiter.\n\nAnfang der weitergeleiteten Nachricht:\n\n> Von: Lena Hoffmann <${from}>\n> Betreff: Löschung meiner Daten\n>\n> Bitte löschen Sie alle meine Daten. Mein Instagram-Name: @lena.hoff_art\n`,
    })[lang]!;

  it.each([
    ['en', 'tom.walsh@icloud.com', '@tomwalsh.photo'],
    ['sv', 'anna.berg@icloud.com', '@annaberg_design'],
    ['de', 'lena.hoffmann@icloud.com', '@lena.hoff_art'],
  ])('%s: each sender gets the split of its own, whichever was asked before', (lang, sender, handle) => {
    const text = forwards(lang, sender);
    const stranger = 'someone.else@example.com';
    // Asked in turn, as the decision check, the reader and its rules do: the answer follows the arguments, never the last call.
    for (let round = 0; round < 2; round++) {
      expect(splitVisible(text, 'Fwd: data', sender).body).toContain(handle);
      expect(splitVisible(text, 'Fwd: data', stranger).body).not.toContain(handle);
      expect(visibleText(text, 'Fwd: data', sender)).toContain(handle);
    }
    // The same arguments give the same parts; other words give their own.
    expect(splitVisible(text, 'Fwd: data', sender)).toEqual(splitVisible(`${text}`, 'Fwd: data', sender));
    expect(splitVisible(`${text}\nP.S. thanks`, 'Fwd: data', sender).body).not.toBe(splitVisible(text, 'Fwd: data', sender).body);
  });
});
