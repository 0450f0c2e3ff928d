/**
 * Which text holds the request.
 *
 * A handle the person tells us to leave alone ("don't touch @x, it's my sister's now", "@x ko mat
 * chhedna", "lasst @x in Ruhe") belongs to someone else: erasing it erases another person's data,
 * so it is never the one read; the handle in the asking clause is.
 *
 * A person forwarding their own earlier mail with their client's forward header ("Begin forwarded
 * message:", "Början på vidarebefordrat brev:") and the forwarded lines quoted with ">" asks in
 * those lines: the forwarded request and its handle are read. A reply's quote ("On ... wrote:")
 * stays a quote, and a forwarded mail from a stranger gives no handle.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Data', from = 'person@example.com') => understand(personMail(text, subject, { from }), READER_OPTS);

describe('a handle the person says not to touch is never the one erased', () => {
  it.each([
    ['hg', 'Mera makeup studio ka page hai @neha.makeup.studio , uska jo bhi data aapke paas hai woh delete kar do please. Pehle mai @foodie_neha bhi aapke app se chalati thi but woh account maine apni cousin ko de diya hai aur woh abhi bhi aapka app use karti hai, toh usko mat chhedna!! sirf makeup studio wala.', 'neha.makeup.studio', 'foodie_neha'],
    ['hg', 'Hello, @rohit.travels ko mat chhedna, woh ab mere bhai ka hai. Sirf @rohit_fitness wala data delete kar do please.', 'rohit_fitness', 'rohit.travels'],
    ['hi', 'नमस्ते, @pooja.cooks को मत छूना, वो अब मेरी बहन चलाती है। कृपया मेरा सारा डेटा डिलीट कर दीजिए, मेरा अकाउंट सिर्फ @pooja_yoga_daily है।', 'pooja_yoga_daily', 'pooja.cooks'],
    ['en', 'Hi, please don\'t touch @maya.bakes, it\'s my sister\'s now, only delete @maya_runs_daily and all its data from your app.', 'maya_runs_daily', 'maya.bakes'],
    ['en', 'Please delete all data for my account @leo.frames. Leave @leo.old_shop alone, I gave it to my cousin and he still uses your app.', 'leo.frames', 'leo.old_shop'],
    ['de', 'Hallo, lasst @jonas.grillt bitte in Ruhe, das Konto gehört jetzt meinem Bruder. Bitte löscht nur meine Daten von meinem Konto @jonas_laeuft.', 'jonas_laeuft', 'jonas.grillt'],
    ['es', 'Hola, no toquen @lucia.viajes, ahora es de mi hermana. Por favor borren solo mis datos, mi cuenta es @lucia_pinta.', 'lucia_pinta', 'lucia.viajes'],
    ['fr', 'Bonjour, ne touchez pas à @claire.patisse, c\'est le compte de ma cousine maintenant. Merci de supprimer seulement mes données, mon compte est @claire_court.', 'claire_court', 'claire.patisse'],
    ['tr', 'Merhaba, @elif.tatli hesabına dokunmayın, artık kuzenim kullanıyor. Sadece @elif_kosu hesabımın verilerini silin lütfen.', 'elif_kosu', 'elif.tatli'],
  ])('%s: the asking clause\'s handle, never the one left alone', (_lang, text, own, left) => {
    const u = read(text);
    expect(u.instagramUsername).not.toBe(left);
    expect(u.instagramUsername).toBe(own);
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['en', 'Please delete my data. Don\'t touch @ava.k_shop though, my sister uses it.', 'ava.k_shop'],
    ['de', 'Bitte löscht meine Daten. Lasst aber @tim.k_foto in Ruhe, das nutzt mein Vater.', 'tim.k_foto'],
  ])('%s: with only the handle left alone, no handle is read', (_lang, text, left) => {
    const u = read(text);
    expect(u.instagramUsername).not.toBe(left);
    expect(u.instagramUsername).toBeNull();
  });

  it.each([
    ['en', 'Please delete all my data, my Instagram is @sam.touches_art', 'sam.touches_art'],
    ['en', 'Please delete my account @nora.lake_9 and don\'t touch anything else.', 'nora.lake_9'],
    ['en', 'My account is @nora.lake_9, please don\'t touch anything else, just delete my data.', 'nora.lake_9'],
    ['en', 'Please delete my data on @ben.oak_22 but don\'t touch @ben.oak_shop, that one is my mom\'s now.', 'ben.oak_22'],
  ])('%s: the asking handle is still read beside words of leaving something alone', (_lang, text, own) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(own);
    expect(u.kind).toBe('deletion_request');
  });
});

const sv = (from: string, handle: string) => `Hej!

Jag skickade det här till fel adress förra veckan, så jag vidarebefordrar det hit.

Anna

Början på vidarebefordrat brev:

> Från: Anna Berg <${from}>
> Datum: 24 november 2026 10:12:33 CET
> Till: info@pickr-tech.se
> Ämne: Radera mina uppgifter
> 
> Hej,
> 
> Jag vill att ni tar bort all min data från er app. Mitt Instagram är @${handle}
> 
> Tack,
> Anna`;

describe('a person forwarding their own earlier mail as a quote asks in it', () => {
  it.each([
    ['sv', sv('anna.berg@icloud.com', 'annaberg_design'), 'anna.berg@icloud.com', 'annaberg_design'],
    ['en', `I sent this to the wrong address last week, so I'm forwarding it here.

Begin forwarded message:

> From: Tom Walsh <tom.walsh@icloud.com>
> Date: 2 December 2026 at 09:41:07 GMT
> To: hello@pickrtech.co
> Subject: Delete my data
>
> Hello,
> Please delete all my data from your app. My Instagram username is @tomwalsh.photo
> Thanks, Tom`, 'tom.walsh@icloud.com', 'tomwalsh.photo'],
    ['de', `Hallo, das ging letzte Woche an die falsche Adresse, deshalb leite ich es hier weiter.

Anfang der weitergeleiteten Nachricht:

> Von: Lena Hoffmann <lena.hoffmann@icloud.com>
> Datum: 25. November 2026 um 18:03:11 MEZ
> An: info@pickrtech.de
> Betreff: Löschung meiner Daten
>
> Guten Tag,
> bitte löschen Sie alle meine Daten aus Ihrer App. Mein Instagram-Name: @lena.hoff_art
> Viele Grüße
> Lena`, 'lena.hoffmann@icloud.com', 'lena.hoff_art'],
    ['fr', `Bonjour, je l'avais envoyé à la mauvaise adresse la semaine dernière, je vous le transfère ici.

Début du message réexpédié :

> De: Julie Martin <julie.martin@me.com>
> Date: 26 novembre 2026 à 14:22:40 UTC+1
> À: contact@pickrtech.fr
> Objet: Suppression de mes données
>
> Bonjour,
> Merci de supprimer toutes mes données de votre application. Mon compte Instagram : @julie.m_ceramique
> Cordialement,
> Julie`, 'julie.martin@me.com', 'julie.m_ceramique'],
    ['es', `Hola, la semana pasada lo envié a la dirección equivocada, así que se lo reenvío aquí.

Inicio del mensaje reenviado:

> De: Marta Ruiz <marta.ruiz@icloud.com>
> Fecha: 27 de noviembre de 2026, 11:05:19 CET
> Para: info@pickrtech.es
> Asunto: Borrar mis datos
>
> Hola,
> Por favor borren todos mis datos de su aplicación. Mi usuario de Instagram: @marta.ruiz_foto
> Gracias,
> Marta`, 'marta.ruiz@icloud.com', 'marta.ruiz_foto'],
    ['it', `Buongiorno, la settimana scorsa l'ho mandata all'indirizzo sbagliato, ve la inoltro qui.

Inizio messaggio inoltrato:

> Da: Giulia Conti <giulia.conti@icloud.com>
> Data: 28 novembre 2026 16:40:02 CET
> A: info@pickrtech.it
> Oggetto: Cancellazione dei miei dati
>
> Buongiorno,
> vi chiedo di cancellare tutti i miei dati dalla vostra app. Il mio account Instagram: @giulia.conti_yoga
> Grazie,
> Giulia`, 'giulia.conti@icloud.com', 'giulia.conti_yoga'],
    ['nl', `Hoi, vorige week naar het verkeerde adres gestuurd, daarom stuur ik het hier door.

Begin doorgestuurd bericht:

> Van: Sanne de Vries <sanne.devries@icloud.com>
> Datum: 29 november 2026 om 20:15:44 CET
> Aan: info@pickrtech.nl
> Onderwerp: Verwijder mijn gegevens
>
> Hallo,
> Verwijder alstublieft al mijn gegevens uit jullie app. Mijn Instagram-gebruikersnaam: @sanne.dv_bloemen
> Groetjes,
> Sanne`, 'sanne.devries@icloud.com', 'sanne.dv_bloemen'],
    ['pt', `Olá, na semana passada mandei isto para o endereço errado, por isso reencaminho aqui.

Início da mensagem encaminhada:

> De: Inês Costa <ines.costa@icloud.com>
> Data: 30 de novembro de 2026 às 12:31:09 WET
> Para: geral@pickrtech.pt
> Assunto: Apagar os meus dados
>
> Olá,
> Peço que apaguem todos os meus dados da vossa aplicação. O meu Instagram: @ines.costa_surf
> Obrigada,
> Inês`, 'ines.costa@icloud.com', 'ines.costa_surf'],
  ])('%s: the forwarded request and its handle are read', (_lang, text, from, handle) => {
    const u = read(text, 'Fwd: Data', from);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });

  it('en: a forwarded quote of a relative the note names is read as hers', () => {
    const u = read(`My mother sent this to the wrong address, so I am forwarding it here for her.

Begin forwarded message:

> From: Helen Price <helen.price54@icloud.com>
> Date: 1 December 2026 at 08:12:55 GMT
> To: hello@pickrtech.co
> Subject: Delete my data
>
> Please delete all my data from your app. My Instagram is @helen.price_garden`, 'Fwd: Delete my data', 'sophie.price@gmail.com');
    expect(u.instagramUsername).toBe('helen.price_garden');
    expect(['deletion_request', 'possible_request']).toContain(u.kind);
  });
});

describe('a quote that is no forward of the person\'s own mail stays a quote', () => {
  it('en: a reply quoting our question is still a quote', () => {
    const u = read(`Please just delete everything.

On Mon, 30 Nov 2026 at 10:00, PickrTech <contact@pickrtech.com> wrote:
> What is your username? For example @your.handle_1
> Begin forwarded message:
> From: Sam <sam.k@icloud.com>`, 'Re: Your deletion request', 'sam.k@icloud.com');
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).toBe('incomplete_request');
  });

  it('en: a forwarded quote from a stranger gives no handle', () => {
    const u = read(`Is this something I should worry about? I got it last week.

Begin forwarded message:

> From: Tom Reed <tom.reed@gmail.com>
> Date: 2 December 2026 at 09:41:07 GMT
> To: anna.berg@icloud.com
> Subject: Delete my data
>
> Please delete all my data from your app. My Instagram username is @tom.reed_88`, 'Fwd: Delete my data', 'anna.berg@icloud.com');
    expect(u.instagramUsername).toBeNull();
  });

  it('sv: a forwarded quote from another address, no relative named, gives no handle', () => {
    const u = read(sv('erik.holm@gmail.com', 'erik.holm_77').replace('Jag skickade det här till fel adress förra veckan, så jag vidarebefordrar det hit.', 'Vad tycker ni om det här?'), 'Fwd: Radera mina uppgifter', 'anna.berg@icloud.com');
    expect(u.instagramUsername).toBeNull();
  });
});
