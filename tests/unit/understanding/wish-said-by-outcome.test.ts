/**
 * A wish said by its outcome, with no deletion verb: "I would like all of that gone", "das soll
 * alles weg", "je veux que tout ça disparaisse", "quiero que no quede nada mío", "chcę, żeby to
 * wszystko zniknęło". What is to be gone is the writer's (or their child's) data held by us: the
 * mail is a request for the handle it names, confirmed where the writer says. "I want the post
 * gone", "I want this problem gone", "the bug is gone now" name none of it and stay `other`.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understand(personMail(text, subject, { from: 'parent@example.com' }), READER_OPTS);

describe('a wish said by its outcome is a request', () => {
  it('en: a parent, for a son of 14, confirmed to the parent and not to him', () => {
    const u = read(
      'Hello,\n\nMy son is 14 and a few months ago he connected your app to his Instagram without asking me. I only found out last week when I saw it on his phone. ' +
        'I have made him disconnect it but I understand from your website that you still keep some things like logs and tokens. I would like all of that gone please. ' +
        'His account is @leo.m_2011.\n\nPlease confirm to me at mum.carter@example.org and NOT to him.\n\nSarah Carter',
    );
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('leo.m_2011');
    expect(u.confirmationEmail).toBe('mum.carter@example.org');
    expect(u.confirmationSource).toBe('explicit');
  });

  it('it: a father, for a daughter of 13, confirmed to him', () => {
    const u = read(
      'Buongiorno, mia figlia di 13 anni ha collegato la vostra app al suo Instagram. Dei suoi dati, dei log, di tutto quello che avete: voglio che sparisca tutto. ' +
        'Il suo profilo è @giulia.r_2012. Rispondete a me, papa.rossi@example.it, non a lei.',
    );
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('giulia.r_2012');
    expect(u.confirmationEmail).toBe('papa.rossi@example.it');
  });

  it.each([
    ['en', "I don't want you to keep anything of mine anymore. IG: @tomas.v_3", 'tomas.v_3'],
    ['en', "I'd like everything you still hold on me gone. My instagram is @nina.w_4", 'nina.w_4'],
    ['de', 'Guten Tag,\n\nich habe Ihre App vor einiger Zeit mit meinem Instagram verbunden und die Verbindung inzwischen getrennt. Was Sie noch von mir haben, das soll alles weg. Mein Instagram: @jonas.b_77\n\nViele Grüße', 'jonas.b_77'],
    ['de', 'Hallo, ich möchte, dass nichts mehr davon bei Ihnen gespeichert ist. Mein Instagram-Name ist @hanna.k_12.', 'hanna.k_12'],
    ['fr', "Bonjour, j'ai déconnecté votre application de mon Instagram. Les journaux, les jetons, tout ce que vous gardez encore : je veux que tout ça disparaisse. Mon compte : @claire.d_45", 'claire.d_45'],
    ['fr', "Madame, Monsieur,\n\nJe souhaite qu'il ne reste rien de mes données chez vous. Mon compte Instagram : @luc.m_62.\n\nCordialement", 'luc.m_62'],
    ['es', 'Hola. Ya no uso la app y quiero que no quede nada mío en sus servidores. Mi Instagram es @marta.g_90', 'marta.g_90'],
    ['es', 'porfa q no quede nada mio en su app, ig @vale.r_03', 'vale.r_03'],
    ['it', 'Spett.le PickrTech,\n\ncon la presente desidero che tutti i miei dati spariscano dai vostri sistemi. Il mio account Instagram è @marco.t_71.\n\nDistinti saluti\nMarco Testa', 'marco.t_71'],
    ['pt', 'Não quero que fique nada meu com vocês. Meu Instagram: @caio.l_21', 'caio.l_21'],
    ['pt', 'quero que tudo isso suma, nao uso mais o app. insta @rafa.p_10', 'rafa.p_10'],
    ['nl', 'Beste, ik heb jullie app losgekoppeld van mijn Instagram. Alles wat jullie nog van mij hebben, ik wil dat dat allemaal weg is. Mijn Instagram is @sanne.v_33', 'sanne.v_33'],
    ['pl', 'Dzień dobry, odłączyłam aplikację od Instagrama. Wszystko, co macie o mnie: logi, tokeny. Chcę, żeby to wszystko zniknęło. Mój Instagram: @ola.k_56', 'ola.k_56'],
    ['ru', 'Здравствуйте. Я отключил ваше приложение от Инстаграма. Всё, что у вас обо мне осталось, хочу, чтобы всё это исчезло. Мой инстаграм @ivan.p_40', 'ivan.p_40'],
    ['tr', 'Sizde benimle ilgili ne varsa hepsinin ortadan kalkmasını istiyorum. Instagram kullanıcı adım @mert.a_5', 'mert.a_5'],
  ])('%s: %s', (_lang, text, handle) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
  });
});

describe('guards: an outcome that is not the writer\'s data, or no wish, keeps its reading', () => {
  it.each([
    ['a post', 'I want the post gone. You shared my photo on your page. My Instagram is @ann.p_1', 'other'],
    ['the ads', 'I want the ads gone, they keep popping up in the app. @ann.p_1', 'other'],
    ['a problem', 'I want this problem gone, the app crashes every time I open it. My Instagram is @ann.p_1', 'other'],
    ['a bug, gone', 'Thanks, the bug is gone now. @ann.p_1', 'other'],
    ['de post', 'Der Beitrag soll weg, Sie haben mein Foto ohne Erlaubnis gepostet. @ann.p_1', 'other'],
    ['fr publication', 'Je veux que cette publication disparaisse de votre page. @ann.p_1', 'other'],
    ['not gone', "I don't want my data gone, I still use the app every day. @ann.p_1", 'other'],
    ['de not gone', 'Ich möchte nicht, dass alles weg ist, ich nutze die App noch. @ann.p_1', 'other'],
    ['keep it', 'I want you to keep everything, I will come back to the app. @ann.p_1', 'other'],
    ['a question', 'Do you keep anything of mine? My Instagram is @ann.p_1', 'other'],
    ['asks why', "I want to know why you don't keep my history. @ann.p_1", 'other'],
    ['gone from Instagram', "I need everything gone from my Instagram feed, it's a mess. @ann.p_1", 'other'],
    ['gone, wanted back', 'Everything is gone after the update, I want my data back! @ann.p_1', 'other'],
    ['a plain request', 'Please delete all my data. My Instagram is @ann.p_1', 'deletion_request'],
    ['a verb request', 'Oi, desconectei o app do meu insta. Quero que apaguem tudo que vocês têm de mim. @bia.souza_9', 'deletion_request'],
  ])('%s', (_name, text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});
