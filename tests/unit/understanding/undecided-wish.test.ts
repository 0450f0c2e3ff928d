/**
 * A wish the person has not made up their mind about: they might want the deletion but hesitate,
 * set a condition or take it back in the same breath, and ask us to explain first ("or maybe
 * just delete everything idk", "na verdade nem sei mais, me expliquem antes", "не знаю, что
 * правильнее — удалить ... или просто отключить?"). Nothing is opened that the person did not
 * clearly ask for: staff decide, with the handle and address found, and the doubt said. A doubt
 * about something else (the handle, the address, why they signed up, how it works) leaves a clear
 * wish a request.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'My data') => understandWithEvidence(personMail(text, subject), READER_OPTS);
const undecided = (doubt: readonly string[] | undefined) => (doubt ?? []).some((d) => d.startsWith('undecided wish'));

describe('a wish beside the writer\'s own doubt goes to staff', () => {
  it.each([
    ['en', 'i think i want my data removed? but i also still want to use the app... or maybe just delete everything idk, whatever is easier. my insta is @jess.m_22', 'jess.m_22'],
    ['en', 'Hi, not sure if I want to delete my data or just stop using the app for a while. Can you explain what happens to my scheduled posts? Username @ben.carter_9', 'ben.carter_9'],
    ['en', 'Delete my account and all my data... wait, no, maybe not? Explain what I lose first. IG: @ryan.hughes_16', 'ryan.hughes_16'],
    ['pt', 'Estou pensando em pedir a exclusão dos meus dados, mas se eu fizer isso perco os posts agendados? Se perder, não quero. Se não perder, podem apagar. Na verdade nem sei mais, me expliquem antes. Meu Instagram é @carla.souza_7', 'carla.souza_7'],
    ['ru', 'Здравствуйте! Удалите, пожалуйста, все мои данные. Хотя не знаю, что правильнее — удалить всё или просто отключить Instagram от приложения. Подскажите, как лучше. Мой ник: @olga.petrova_88', 'olga.petrova_88'],
    ['sv', 'radera allt om mig. eller nej vänta, om det betyder att mina utkast försvinner så vill jag nog behålla det ändå?? vet inte riktigt vad jag vill, kan ni förklara. insta: @linnea.berg_3', 'linnea.berg_3'],
    ['de', 'Hallo, ich weiß nicht, ob ich meine Daten wirklich löschen lassen soll. Vielleicht löschen Sie einfach alles, oder doch lieber nicht? Können Sie mir erklären, was dann mit meinen Entwürfen passiert? Instagram: @jonas.keller_4', 'jonas.keller_4'],
    ['fr', 'Bonjour, je ne sais pas si je veux vraiment supprimer mes données. Supprimez tout, ou peut-être pas... expliquez-moi d\'abord ce que je perds. Mon Instagram : @chloe.martin_5', 'chloe.martin_5'],
    ['es', 'Hola, no sé si quiero que borren mis datos, o mejor no... ¿me explican primero qué pasa con mis publicaciones programadas? Mi usuario es @lucia.gomez_6', 'lucia.gomez_6'],
    ['it', 'Ciao, forse voglio cancellare i miei dati, ma non so, magari no. Mi spiegate prima cosa succede ai post programmati? Il mio Instagram è @marco.rossi_77', 'marco.rossi_77'],
    ['nl', 'Hoi, ik weet niet of ik mijn gegevens wil laten verwijderen. Of misschien toch wel, geen idee. Kunnen jullie uitleggen wat er dan gebeurt? Mijn Instagram: @sanne.devries_8', 'sanne.devries_8'],
    ['tr', 'Merhaba, verilerimi silmenizi istiyorum galiba ama emin değilim, planlanmış gönderilerim de silinir mi? Kararsızım, önce açıklar mısınız? Instagram: @elif.yilmaz_9', 'elif.yilmaz_9'],
    ['pl', 'Dzień dobry, proszę usunąć moje dane. A może nie, sama nie wiem, może wystarczy odłączyć konto. Proszę mi najpierw wyjaśnić. Mój Instagram: @kasia.nowak_10', 'kasia.nowak_10'],
    ['ja', '私のデータを削除してください。…いや、やっぱりやめようかな。どうしようか決められないので、先に説明してもらえますか。インスタ: @yuki.tanaka_11', 'yuki.tanaka_11'],
    ['zh', '请删除我的数据。不过我还是有点犹豫，删了以后定时发布的帖子会消失的话还是算了，请先解释一下。我的Instagram是 @wang.lei_12', 'wang.lei_12'],
    ['ko', '제 데이터를 삭제할지 말지 고민 중이에요. 잘 모르겠어요, 먼저 설명해 주실 수 있나요? 인스타 아이디: @minji.kim_13', 'minji.kim_13'],
    ['uk', 'Добрий день. Видаліть, будь ласка, мої дані. Хоча не знаю, чи варто, може просто від\'єднати акаунт. Підкажіть, як краще. Мій нік: @oksana.shevchenko_14', 'oksana.shevchenko_14'],
    ['cs', 'Dobrý den, nevím, jestli chci opravdu smazat svoje data, nebo jen odpojit účet. Můžete mi to nejdřív vysvětlit? Instagram: @tereza.novakova_15', 'tereza.novakova_15'],
  ])('%s: a possible request with the handle found', (_lang, text, handle) => {
    const { understanding: u, evidence } = read(text);
    expect(u.kind).toBe('possible_request');
    expect(u.instagramUsername).toBe(handle);
    expect(u.confirmationEmail).toBe('person@example.com');
    // The doubt is said to staff, unless the mail's opposite words already are.
    const said = evidence.doubt ?? [];
    expect(undecided(said) || said.some((d) => d.startsWith('opposite intent'))).toBe(true);
  });

  it('names the doubt word, never the mail\'s other words', () => {
    const { evidence } = read('Hi, not sure if I want to delete my data or just stop using the app for a while. Can you explain? Username @ben.carter_9');
    expect(evidence.kind.rule).toBe('possible.undecided');
    expect(evidence.doubt?.find((d) => d.startsWith('undecided wish'))).toContain("'not sure if i want'");
    expect(evidence.doubt?.join(' ')).not.toContain('ben.carter_9');
  });
});

describe('a question asked before deciding, with no wish of its own, is never opened', () => {
  it.each([
    ['ru', 'Здравствуйте! Не знаю, что правильнее — удалить у вас все данные или просто отключить Instagram от приложения? Подскажите, как лучше. Мой ник: @olga.petrova_88'],
    ['pl', 'Dzień dobry, nie wiem, czy chcę usunąć moje dane, a może tylko odłączyć konto? Proszę mi najpierw wyjaśnić. Mój Instagram: @kasia.nowak_10'],
    ['zh', '我有点犹豫要不要删除我的数据，删了以后定时发布的帖子会不会消失？能先解释一下吗？我的Instagram是 @wang.lei_12'],
    ['ja', 'データを削除してほしいような、やっぱりやめたいような…迷っています。予約投稿が消えるなら先に説明してください。インスタ: @yuki.tanaka_11'],
  ])('%s: no request opened', (_lang, text) => {
    expect(['possible_request', 'other']).toContain(read(text).understanding.kind);
  });
});

describe('a doubt about something else leaves a clear wish a request', () => {
  it.each([
    ['en', 'I\'m not sure what my username is, maybe ann.k? Please delete my data'],
    ['en', 'I don\'t know why I signed up, please delete my data @mark.t_31'],
    ['en', 'not sure if this is the right address, but please delete my data @nina.p_32'],
    ['en', 'idk how this works lol just delete my stuff, insta is @zoe.w_33'],
    ['de', 'Ich weiß nicht, warum ich mich damals angemeldet habe. Bitte löschen Sie alle meine Daten. Instagram: @paul.berger_34'],
    ['ru', 'Не знаю, какой у меня ник, вроде @ivan.sokolov_35. Удалите, пожалуйста, все мои данные.'],
    ['pt', 'Não sei se este é o endereço certo, mas por favor apaguem todos os meus dados. Instagram: @rafa.lima_36'],
    ['es', 'No sé cómo funciona esto, borren mis datos por favor, mi usuario es @diego.ruiz_37'],
    ['sv', 'Vet inte varför jag registrerade mig. Radera alla mina uppgifter, tack. Instagram: @erik.lund_38'],
  ])('%s: still a request (or staff only for several handles), never for doubt', (_lang, text) => {
    const { understanding: u, evidence } = read(text);
    expect(undecided(evidence.doubt)).toBe(false);
    // "I'm not sure what my username is, maybe ann.k?" names no handle for sure: a request without one.
    if (u.kind === 'possible_request') expect(evidence.kind.rule).toBe('possible.several-handles');
    else expect(['deletion_request', 'incomplete_request']).toContain(u.kind);
  });
});

describe('hostile text', () => {
  it('reads a long run of doubt and erasure words to the end, and still sends it to staff', () => {
    const { understanding: u } = read(`Please delete my data @ann.k_1, ${'idk or maybe delete, not sure if i want, '.repeat(4000)}`);
    expect(u.kind).toBe('possible_request');
  });
});
