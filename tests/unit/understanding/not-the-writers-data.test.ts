/**
 * Mail that asks PickrTech to delete something that is not the writer's data in the app: a post
 * or a photo on PickrTech's own Instagram account ("you posted a photo of my shop on your account
 * without permission, please delete that post, not asking you to delete any other data"), a
 * complaint that tells PickrTech to delete its own account or data ("DELETE the @pickrtech account
 * or I report you for spam"), or a subscription or a payment card to cancel while the account data
 * stays. None is a deletion request: no handle to erase, no confirmation to send. Guards: a mail
 * that also asks to erase the writer's own data keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understand(personMail(text, subject), READER_OPTS);

describe('a post or a photo on our own Instagram account: no request', () => {
  it.each([
    ['en', 'Hi, you posted a photo of my shop on your account (pickrtech) without asking me. Please delete that post. To be clear I am not asking you to delete any other data, only the post.'],
    ['en', 'hey pickrtech, the reel you put up last week shows my face and i never agreed to it. take the post down pls, thats all, dont need anything else deleted'],
    ['ar', 'مرحبا، نشرتم صورة لمحلي على حسابكم (pickrtech) بدون إذني. أرجو حذف هذا المنشور. للتوضيح: لا أطلب حذف أي بيانات أخرى، فقط المنشور.'],
    ['ko', '안녕하세요. 귀사 인스타그램 계정(pickrtech)에 제 가게 사진이 허락 없이 올라가 있습니다. 그 게시물을 삭제해 주세요. 제 계정 데이터를 지워달라는 건 아니고 게시물만요.'],
    ['es', 'Hola, publicaron una foto de mi tienda en su cuenta de Instagram (pickrtech) sin mi permiso. Por favor borren esa publicación. Para que quede claro: no les pido que borren ningún otro dato, solo la publicación.'],
    ['de', 'Hallo, Sie haben auf Ihrem Account pickrtech ein Foto von meinem Laden gepostet, ohne mich zu fragen. Bitte löschen Sie den Beitrag. Um es klar zu sagen: ich möchte nicht, dass andere Daten gelöscht werden, nur der Beitrag.'],
    ['fr', 'Bonjour, vous avez publié une photo de ma boutique sur votre compte pickrtech sans mon accord. Merci de supprimer cette publication. Je ne demande pas la suppression d\'autres données, seulement la publication.'],
    ['it', 'Salve, avete pubblicato una foto del mio negozio sul vostro profilo pickrtech senza permesso. Per favore cancellate quel post. Non vi chiedo di cancellare altri dati, solo il post.'],
    ['pt', 'Oi, vocês postaram uma foto da minha loja na conta de vcs (pickrtech) sem autorização. Por favor apaguem esse post. Não estou pedindo pra apagar nenhum outro dado, só a publicação.'],
    ['nl', 'Hallo, jullie hebben een foto van mijn winkel op jullie account pickrtech gezet zonder toestemming. Verwijder die post alsjeblieft. Ik vraag niet om andere gegevens te verwijderen, alleen de post.'],
    ['pl', 'Dzień dobry, opublikowaliście zdjęcie mojego sklepu na waszym koncie pickrtech bez mojej zgody. Proszę usunąć ten post. Nie proszę o usunięcie żadnych innych danych, tylko post.'],
    ['ru', 'Здравствуйте, вы выложили фото моего магазина в своём аккаунте pickrtech без разрешения. Удалите, пожалуйста, этот пост. Других данных удалять не нужно, только пост.'],
    ['tr', 'Merhaba, pickrtech hesabınızda izinsiz olarak dükkanımın fotoğrafını paylaşmışsınız. Lütfen o gönderiyi silin. Başka hiçbir verimi silmenizi istemiyorum, sadece gönderiyi.'],
    ['ja', 'こんにちは。御社のインスタグラム（pickrtech）に私の店の写真が無断で投稿されています。その投稿を削除してください。他のデータの削除をお願いしているわけではなく、投稿だけです。'],
    ['id', 'Halo, kalian posting foto toko saya di akun pickrtech tanpa izin. Tolong hapus postingan itu ya. Saya tidak minta data lain dihapus, cuma postingannya saja.'],
    ['sv', 'Hej, ni har lagt upp en bild på min butik på ert konto pickrtech utan att fråga. Ta bort inlägget tack. Jag ber inte er radera några andra uppgifter, bara inlägget.'],
    ['fi', 'Hei, julkaisitte tilillänne pickrtech kuvan kaupastani ilman lupaa. Poistakaa se julkaisu. En pyydä poistamaan mitään muita tietoja, vain julkaisun.'],
    ['zh', '你好，你们在 pickrtech 账号上未经允许发布了我店铺的照片。请删除那条帖子。我不是要删除我的其他数据，只是那条帖子。'],
    ['fr', 'Bonjour, vous avez mis une photo de mon magasin sur votre compte pickrtech sans me demander. Supprimez cette publication svp, pas mes données, juste la publication.'],
  ])('%s: the post is removed, no data erased', (_lang, text) => {
    const u = read(text, 'Photo of my shop');
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
    expect(u.confirmationEmail).toBeNull();
  });
});

describe('a complaint telling us to delete our own account: no request', () => {
  it.each([
    ['en', 'Stop posting so much advertising garbage. DELETE the data and the @pickrtech account from Instagram or I will report you for spam.'],
    ['es', 'Dejen de publicar tanta basura publicitaria. BORREN los datos y la cuenta @pickrtech de Instagram o los denuncio por spam.'],
    ['de', 'Hört auf, so viel Werbemüll zu posten. LÖSCHT die Daten und den Account @pickrtech von Instagram, sonst melde ich euch wegen Spam.'],
    ['fr', 'Arrêtez de poster autant de pubs pourries. SUPPRIMEZ les données et le compte @pickrtech d\'Instagram ou je vous signale pour spam.'],
    ['it', 'Smettetela di pubblicare tutta questa spazzatura pubblicitaria. CANCELLATE i dati e l\'account @pickrtech da Instagram o vi segnalo per spam.'],
    ['pt', 'Parem de postar tanto lixo de propaganda. APAGUEM os dados e a conta @pickrtech do Instagram ou vou denunciar vcs por spam.'],
    ['nl', 'Stop met al die reclamerommel. VERWIJDER de gegevens en het account @pickrtech van Instagram of ik meld jullie voor spam.'],
    ['pl', 'Przestańcie wrzucać tyle reklamowych śmieci. USUŃCIE dane i konto @pickrtech z Instagrama albo zgłoszę was za spam.'],
    ['ru', 'Хватит постить столько рекламного мусора. УДАЛИТЕ данные и аккаунт @pickrtech из Инстаграма, или я пожалуюсь на вас за спам.'],
    ['tr', 'Bu kadar reklam çöpü paylaşmayı bırakın. @pickrtech hesabını ve verileri Instagram\'dan SİLİN yoksa sizi spam diye şikayet ederim.'],
    ['ja', '広告ばっかり投稿するのやめて。@pickrtech のアカウントとデータを削除してください、じゃないとスパムで通報します。'],
    ['id', 'Berhenti posting iklan sampah terus. HAPUS data dan akun @pickrtech dari Instagram atau saya laporkan sebagai spam.'],
    ['sv', 'Sluta posta så mycket reklamskräp. RADERA datan och kontot @pickrtech från Instagram annars anmäler jag er för spam.'],
  ])('%s: our own account, no handle of the writer', (_lang, text) => {
    const u = read(text, 'spam');
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });
});

describe('a subscription or a card to cancel, the data kept: no request', () => {
  it.each([
    ['en', 'I want to cancel my monthly subscription and remove my credit card details. My account data may otherwise stay, I may come back later.'],
    ['fi', 'Haluan peruuttaa kuukausitilaukseni ja poistaa luottokorttitietoni. Tilini tiedot saavat muuten jäädä, saatan palata myöhemmin.'],
    ['de', 'Ich möchte mein Monatsabo kündigen und meine Kreditkartendaten entfernen lassen. Die Kontodaten können ansonsten bleiben, vielleicht komme ich später zurück.'],
    ['es', 'Quiero cancelar mi suscripción mensual y eliminar los datos de mi tarjeta de crédito. Los datos de mi cuenta pueden quedarse, puede que vuelva más adelante.'],
    ['fr', 'Je voudrais résilier mon abonnement mensuel et supprimer les informations de ma carte bancaire. Les données de mon compte peuvent rester, je reviendrai peut-être.'],
    ['it', 'Vorrei disdire l\'abbonamento mensile e rimuovere i dati della mia carta di credito. I dati dell\'account possono restare, magari torno più avanti.'],
    ['pt', 'Quero cancelar minha assinatura mensal e remover os dados do meu cartão de crédito. Os dados da conta podem ficar, talvez eu volte depois.'],
    ['nl', 'Ik wil mijn maandabonnement opzeggen en mijn creditcardgegevens laten verwijderen. Mijn accountgegevens mogen verder blijven, misschien kom ik later terug.'],
    ['sv', 'Jag vill säga upp mitt månadsabonnemang och ta bort mina kortuppgifter. Kontots data får annars vara kvar, jag kanske kommer tillbaka.'],
    ['pl', 'Chcę anulować miesięczną subskrypcję i usunąć dane mojej karty kredytowej. Dane konta mogą zostać, może jeszcze wrócę.'],
    ['tr', 'Aboneliğimi iptal etmek ve kredi kartı bilgilerimi silmek istiyorum. Hesap verilerim kalabilir, belki sonra geri dönerim.'],
    ['ja', '月額サブスクを解約して、クレジットカード情報を削除してください。アカウントのデータはそのままで大丈夫です。'],
    ['id', 'Saya mau berhenti langganan bulanan dan hapus data kartu kredit saya. Data akun saya biarkan saja, mungkin nanti saya kembali.'],
    ['ru', 'Хочу отменить ежемесячную подписку и удалить данные моей банковской карты. Данные аккаунта пусть остаются, может вернусь.'],
    ['ko', '정기구독 해지하고 카드정보를 삭제해 주세요. 계정 데이터는 그냥 두셔도 돼요, 나중에 다시 쓸 수도 있어서요.'],
  ])('%s: the subscription ends, the data stays', (_lang, text) => {
    const u = read(text, 'Subscription');
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });
});

describe('guards: the writer\'s own data asked for as well', () => {
  it.each([
    ['en', 'Please delete my data from your app, and also the post you made with my photo. My Instagram is @lea.marsh_7', 'lea.marsh_7'],
    ['en', 'Delete my account data, my handle is @tomas.rye, not the pickrtech account obviously.', 'tomas.rye'],
    ['en', 'Please remove my card details and delete all my data. Instagram: @nina.holt_2', 'nina.holt_2'],
    ['de', 'Bitte löschen Sie meine Kartendaten und alle meine Daten. Mein Instagram ist @jonas.weber_3', 'jonas.weber_3'],
    ['es', 'Borren mis datos de la app y también la publicación que hicieron con mi foto. Mi Instagram es @carla.ruiz_9', 'carla.ruiz_9'],
    ['en', 'Please delete my data and my posts, my insta is @mara.lind_4', 'mara.lind_4'],
    ['de', 'Bitte löschen Sie mein Konto und alle meine Fotos. Instagram: @lena.kraus_5', 'lena.kraus_5'],
    ['es', 'Por favor borren mi cuenta y mis fotos, mi usuario es @sofi.paz_1', 'sofi.paz_1'],
    ['pl', 'Proszę usunąć moje konto i wszystkie zdjęcia. Mój Instagram: @ola.maj_6', 'ola.maj_6'],
    ['ru', 'Удалите мои данные и мои фото, мой инстаграм @katya.sun_2', 'katya.sun_2'],
    ['ko', '제 계정과 사진 모두 삭제해 주세요. 인스타 아이디는 @jiwoo.park_3 입니다', 'jiwoo.park_3'],
    ['id', 'Hapus data saya dan foto-foto saya ya, ig saya @rina.ayu_8', 'rina.ayu_8'],
    ['fi', 'Poistakaa tilini ja kuvani, Instagram @aino.k_7', 'aino.k_7'],
  ])('%s: a request for the writer\'s handle', (_lang, text, handle) => {
    const u = read(text, 'Data');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
  });

  it.each([
    ['en', 'Please remove my card details and delete all my data.'],
    ['en', 'Please delete my data from your app, and also the post you made with my photo.'],
    ['en', 'Please delete all my data and photos.'],
    ['en', 'Hi, please delete my data from the @pickrtech app, thanks'],
    ['en', 'I cancelled my subscription, now please delete all my account data as well.'],
    ['es', 'borrar mis datos de pickrtech por favor'],
  ])('%s: without a handle, still a request', (_lang, text) => {
    expect(read(text, 'Data').kind).toBe('incomplete_request');
  });
});

describe('guards: a word of a handle is no photo', () => {
  it('cs: "foto" in "@petr_dvorak_foto" names no photo, the handle is still read', () => {
    const u = read('Prosím smažte pouze data účtu @petr_dvorak_foto, ten už nepotřebuji.', 'Data');
    expect(u.kind).not.toBe('other');
    expect(u.instagramUsername).toBe('petr_dvorak_foto');
  });
});

describe('guards: a threat to our own account keeps its reading', () => {
  it.each([
    ['en', 'Dear @pickrtech, your account will be deleted within 24 hours due to copyright violation. Verify your account here to avoid deletion.'],
    ['en', 'Your account @pickrtech violated our terms and will be permanently deleted. Click the link to appeal.'],
  ])('%s: never a request', (_lang, text) => {
    const u = read(text, 'URGENT');
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });
});
