/**
 * A mail that reports someone else's ask to delete ("my nephew sent you an email asking to
 * delete stuff", "you wrote that someone asked to delete my data", "מישהו ביקש למחוק") and says
 * the writer does not want it ("that wasn't me, please don't delete anything") asks nothing:
 * the only erasure words report another's ask or refuse it. It is no request, and no handle is
 * suggested. A mail whose writer asks for the deletion in a sentence of their own stays a request.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'My account') => understand(personMail(text, subject), READER_OPTS);

describe('a reported ask for deletion that the writer refuses asks nothing', () => {
  it.each([
    ['en', 'Hiya, sorry, I think my nephew sent you an email from my laptop asking to delete stuff. Please ignore it, I still use the app. My account is @maggie.turner62'],
    ['en', 'I got a mail from you saying someone asked to delete the data of my account (@jake_r91). That wasn\'t me, please don\'t delete anything.'],
    ['en', 'Hello, someone hacked my email and sent you a request to delete my account data. Please disregard it, I want to keep using the app. @tom.baker77'],
    ['he', 'קיבלתי מכם מייל שמישהו ביקש למחוק את הנתונים של החשבון שלי (@noa.levi88). זה לא אני, אל תמחקו כלום'],
    ['vi', 'Tôi nhận được email rằng có người yêu cầu xoá dữ liệu tài khoản của tôi (@minh.tran93). Tôi không yêu cầu, xin đừng xoá'],
    ['de', 'Hallo, ich habe eine Mail von Ihnen bekommen, dass jemand die Löschung der Daten meines Kontos (@julia.brandt90) beantragt hat. Das war ich nicht, bitte löschen Sie nichts.'],
    ['fr', 'Bonjour, j\'ai reçu un mail disant que quelqu\'un a demandé la suppression des données de mon compte (@claire.dubois71). Ce n\'était pas moi, ne supprimez rien s\'il vous plaît.'],
    ['es', 'Hola, recibí un correo suyo diciendo que alguien pidió borrar los datos de mi cuenta (@lucia.ramos85). No fui yo, por favor no borren nada.'],
    ['it', 'Buongiorno, ho ricevuto una vostra mail in cui si dice che qualcuno ha chiesto di cancellare i dati del mio account (@marco.rossi79). Non sono stato io, per favore non cancellate niente.'],
    ['pl', 'Dzień dobry, dostałam od Was maila, że ktoś poprosił o usunięcie danych z mojego konta (@ania.nowak92). To nie byłam ja, proszę niczego nie usuwać.'],
    ['ru', 'Здравствуйте, мне пришло письмо, что кто-то попросил удалить данные моего аккаунта (@olga.petrova87). Это была не я, пожалуйста, ничего не удаляйте.'],
    ['uk', 'Добрий день, мені прийшов лист, що хтось попросив видалити дані мого акаунта (@oksana.koval90). Це була не я, будь ласка, нічого не видаляйте.'],
    ['tr', 'Merhaba, birisinin hesabımın (@emre.yilmaz88) verilerini silmek için talepte bulunduğunu söyleyen bir e-posta aldım. Ben değildim, lütfen hiçbir şeyi silmeyin.'],
    ['pt', 'Olá, recebi um e-mail de vocês dizendo que alguém pediu para apagar os dados da minha conta (@ana.souza91). Não fui eu, por favor não apaguem nada.'],
    ['nl', 'Hallo, ik kreeg een mail van jullie dat iemand heeft gevraagd om de gegevens van mijn account (@sanne.devries89) te verwijderen. Dat was ik niet, verwijder alsjeblieft niets.'],
    ['fa', 'سلام، از طرف شما ایمیلی گرفتم که کسی درخواست حذف اطلاعات حساب من (@sara.ahmadi90) را داده است. من نبودم، لطفاً هیچی پاک نکنید.'],
    ['hi', 'नमस्ते, मुझे आपका ईमेल मिला कि किसी ने मेरे अकाउंट (@priya.sharma92) का डेटा डिलीट करने का अनुरोध किया है। वह मैं नहीं थी, कृपया कुछ भी डिलीट मत कीजिए।'],
    ['ar', 'مرحبا، وصلتني رسالة منكم تقول إن شخصا طلب حذف بيانات حسابي (@omar.khalil88). لم أكن أنا، من فضلكم لا تحذفوا أي شيء.'],
    ['ja', 'こんにちは。誰かが私のアカウント（@yuki.tanaka90）のデータ削除を依頼したというメールが届きました。私ではありません。何も削除しないでください。'],
    ['ko', '안녕하세요. 누군가 제 계정(@minji.kim93)의 데이터 삭제를 요청했다는 메일을 받았습니다. 제가 요청한 것이 아닙니다. 아무것도 삭제하지 마세요.'],
    ['id', 'Halo, saya dapat email dari kalian bahwa ada orang yang meminta penghapusan data akun saya (@dewi.lestari90). Itu bukan saya, tolong jangan hapus apa pun.'],
  ])('%s: no request, no handle suggested', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('other');
  });

  it('a refusal that reports nobody\'s ask stays no request', () => {
    expect(read('I did not ask for this, do not delete anything').kind).toBe('other');
  });
});

describe('a writer who asks for the deletion in words of their own still asks', () => {
  it.each([
    ['en', 'my nephew asked you for me last week, yes please go ahead and delete my data, @lena.hart82'],
    ['en', 'someone asked you to delete my data? I never did, but now that you mention it, please delete it all, @rob.finch77'],
    ['en', 'do not delete my photos. Please delete my app data @kim.sato90'],
    ['de', 'Mein Neffe hat Ihnen letzte Woche für mich geschrieben. Ja, bitte löschen Sie alle meine Daten. Mein Konto: @karl.weber55'],
    ['es', 'Mi hijo les escribió por mí la semana pasada. Sí, por favor borren todos mis datos. Mi cuenta: @rosa.gil58'],
  ])('%s: a request, or one for staff', (_lang, text) => {
    expect(['deletion_request', 'possible_request']).toContain(read(text).kind);
  });
});
