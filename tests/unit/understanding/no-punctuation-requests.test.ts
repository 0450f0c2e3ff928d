/**
 * A request written with no punctuation at all, as one long line: no comma, no colon, no full
 * stop tells its clauses apart, so a negation or another company named in another clause ("eu
 * nem uso mais", "я не давала согласия", "vi isso no tiktok") must not refuse the wish in the
 * clause of the deletion verb. A refusal, or a question, written the same way stays unopened.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'app') => understand(personMail(text, subject, { from: 'tomas.keller@post.example' }), READER_OPTS);

describe('a request written without punctuation is read', () => {
  const REQUESTS: Array<[string, string]> = [
    ['pt', 'oi gente tudo certo eu instalei o aplicativo de vcs ano passado pq vi uma propaganda no facebook e achei legal mas faz meses que nem abro mais e to meio cansada disso tudo entao vim aqui pedir pra vcs apagarem todos os meus dados do aplicativo meu instagram é @tomas.keller_77 valeu'],
    ['es', 'hola buenas que tal mira yo descargue su app hace tiempo porque la vi en un anuncio en facebook y me parecio util pero ya casi no la uso y la verdad me preocupa un poco todo esto de la privacidad asi que les escribo para que borren todos mis datos de su sistema mi usuario de instagram es @tomas.keller_77 gracias'],
    ['en', 'hi so i downloaded your app a while back because a friend showed it to me on facebook and it seemed cool but honestly i never use it anymore and all this privacy stuff worries me so i am writing to ask you to delete all my data from your system my instagram is @tomas.keller_77 thanks a lot'],
    ['de', 'hallo ich hab eure app vor einem jahr runtergeladen weil ich sie auf youtube gesehen hab und fand sie ganz gut aber ich benutze sie kaum noch und mir ist das mit dem datenschutz inzwischen wichtig deshalb schreibe ich euch bitte löscht alle meine daten aus eurem system mein instagram ist @tomas.keller_77 danke'],
    ['ru', 'пишу вам уже второй раз удалите мои данные из вашего сервиса я больше не пользуюсь приложением мой ник в инстаграме tomas.keller_77 если опять не ответите пожалуюсь'],
    ['pl', 'piszę już drugi raz usuńcie wszystkie moje dane z waszej aplikacji nie korzystam z niej od roku mój login na instagramie to tomas.keller_77 proszę o odpowiedź'],
    ['uk', 'пишу вже втретє видаліть усі мої дані з вашого застосунку я ним не користуюся мій нік в інстаграмі tomas.keller_77'],
  ];
  for (const [lang, text] of REQUESTS) {
    it(`${lang}: deletion_request with the handle`, () => {
      const u = read(text);
      expect(u.kind).toBe('deletion_request');
      expect(u.instagramUsername).toBe('tomas.keller_77');
    });
  }
});

describe('a refusal or a question written without punctuation stays unopened', () => {
  const UNOPENED: Array<[string, string]> = [
    ['pt', 'oi recebi um email de vcs e so queria dizer que não quero que apaguem nada eu ainda uso o app todo dia pra programar meus posts e gosto muito dele meu insta é @tomas.keller_77 obrigada'],
    ['ru', 'не удаляйте ничего я пользуюсь приложением каждый день мой ник в инсте tomas.keller_77 спасибо'],
    ['ru', 'я совсем не хочу чтобы вы удаляли мои данные я просто спросила у подруги что это за письмо пришло мне вчера'],
    ['ru', 'как удалить мои данные из вашего приложения я не понимаю где это сделать мой ник tomas.keller_77'],
    ['pl', 'nie chcę żeby ktoś usuwał moje dane ja tylko pytam co to za wiadomość przyszła do mnie wczoraj wieczorem'],
    ['es', 'hola no quiero que borren mis datos yo sigo usando la app todos los dias para mis publicaciones en instagram mi usuario es @tomas.keller_77'],
    ['en', 'hi please do not delete anything i still use the app every day for my posts and i saw on facebook that you were deleting accounts so i got worried my instagram is @tomas.keller_77'],
    ['de', 'hallo bitte löscht nichts ich benutze die app jeden tag für meine posts und habe auf facebook gelesen dass ihr konten löscht mein instagram ist @tomas.keller_77'],
  ];
  for (const [lang, text] of UNOPENED) {
    it(`${lang}: not opened ("${text.slice(0, 40)}…")`, () => {
      expect(['deletion_request', 'incomplete_request']).not.toContain(read(text).kind);
    });
  }
});
