/**
 * The families missed on Spanish, Portuguese, Italian and English mail: vendors selling
 * deletion services, requests in a business's plural or with a first-person verb,
 * handles quoted after the word for the account, brand pages in "follow us" lines and
 * colloquial names of the platform. Each case is a new phrasing of its family.
 */
import { describe, it, expect } from 'vitest';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { findDeletionWish } from '../../../src/understanding/deletion-intent.js';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';
import { notARequest } from '../../../src/understanding/not-a-request.js';
import { understand } from '../../../src/understanding/understand.js';
import type { UnderstandOptions } from '../../../src/understanding/types.js';

const opts: UnderstandOptions = { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] };

/** A raw mail with an 8-bit body in the given charset. */
function raw8bit(charset: string, from: string, subject: string, body: string): Buffer {
  const head = `From: ${from}\r\nTo: contact@pickrtech.com\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`;
  const bytes = charset === 'windows-1252'
    ? Buffer.from(body.replace(/“/g, '\x93').replace(/”/g, '\x94').replace(/\n/g, '\r\n'), 'latin1')
    : Buffer.from(body.replace(/\n/g, '\r\n'), 'latin1');
  return Buffer.concat([Buffer.from(head, 'latin1'), bytes]);
}

describe('vendors offering deletion services are other', () => {
  it.each([
    'We are a privacy agency. We handle your users’ deletion requests for you, from €149/month. Worth a quick call next week?',
    'Our platform answers every erasure request of your users within a day. Book a demo with our team.',
    'Siamo una società di consulenza GDPR: gestiamo per voi la cancellazione dei dati dei vostri utenti. Possiamo fissare una breve chiamata?',
    'Somos una agencia de protección de datos y tramitamos las solicitudes de eliminación de sus usuarios por ustedes. ¿Le interesa una breve reunión?',
    'Nossa plataforma cuida dos pedidos de exclusão de dados dos seus usuários. Teste gratuita por 30 dias.',
    'A nossa consultoria trata da eliminação de dados para vocês, a partir de R$ 299 por mês. Posso te mostrar em 15 minutos?',
  ])('%s', (text) => {
    expect(notARequest(text)).toBe('other.vendor');
    expect(findDeletionWish(text, 'Richieste di cancellazione').statement).toBeNull();
  });

  it.each([
    'I am one of your users: please delete all my data and my account.',
    'Sono un vostro cliente, cancellate per favore tutti i miei dati.',
    'Soy usuaria de su app desde 2022, por favor eliminen mis datos.',
  ])('still reads a person’s wish in %s', (text) => {
    expect(notARequest(text)).toBeNull();
    expect(findDeletionWish(text, '').statement).not.toBeNull();
  });
});

describe('requests in the plural, with a first-person verb or a plural imperative', () => {
  it.each([
    'Queremos eliminar todos los datos de nuestra cuenta de la tienda.',
    'Solicitamos que borren nuestros datos cuanto antes.',
    'Peço a exclusão de todos os dados ligados ao nosso perfil.',
    'Solicito o apagamento dos dados pessoais que a aplicação guardou.',
    'Ao abrigo do artigo 17.º do RGPD, requeiro a eliminação dos meus dados.',
    'Con base en el artículo 17 del RGPD, les escribo por la información que guardan.',
    'eliminate i dati del mio profilo, grazie',
    'Vi chiediamo di cancellare il nostro account e i dati collegati.',
    'cancellate il mio insta dal vostro sistema',
  ])('%s', (text) => {
    expect(findDeletionWish(text, '').statement).not.toBeNull();
  });

  it.each([
    'No queremos que borren nuestros datos todavía.',
    'Não apaguem a nossa conta, por favor.',
    'Non cancellate i dati del nostro account.',
    'Não queremos que apaguem os nossos dados agora.',
  ])('a negation still wins: %s', (text) => {
    expect(findDeletionWish(text, '').statement).toBeNull();
  });
});

describe('handles quoted after the word for the account', () => {
  it.each([
    ['Delete everything please. My account is “river.otter_9”.', 'river.otter_9'],
    ['Borren todo de mi perfil “lucia.m_88”, gracias.', 'lucia.m_88'],
    ['A conta é «bia.souza22» e quero apagar tudo.', 'bia.souza22'],
    ['Il profilo è "pasticceria.gigi", cancellate tutto.', 'pasticceria.gigi'],
    ['Mon compte est « chez.lulu » : effacez tout.', 'chez.lulu'],
  ])('%s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });
});

describe('brand pages on a "follow us" line', () => {
  it.each([
    ['Please delete our data. The account is “nora_bakes”.\nNora\nFollow us on Instagram @norabakes.official', 'nora_bakes'],
    ['Eliminen los datos de la cuenta @vino.tinto_bar.\nSíguenos en Instagram @vinotinto.oficial', 'vino.tinto_bar'],
    ['Cancellate i dati dell’account @fioraio.rosa\nSeguici su Instagram @fioraio.rosa.shop', 'fioraio.rosa'],
  ])('%s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  it('still uses the one on the follow line when it is the only handle', () => {
    expect(findInstagramUsername('Delete our Instagram data please.\nFollow us on Instagram @only.brand_1', '')).toBe('only.brand_1');
  });
});

describe('colloquial names of the platform in Spanish, Portuguese and Italian', () => {
  it.each([
    ['borren lo de mi insta pepa.runs_21 porfa', 'pepa.runs_21'],
    ['apaguem os dados do meu insta dudu.skate_7 valeu', 'dudu.skate_7'],
    ['eliminate i dati del mio ig fede_99.ph per favore', 'fede_99.ph'],
  ])('%s', (text, handle) => {
    expect(findDeletionWish(text, '').statement).not.toBeNull();
    expect(findInstagramUsername(text, '')).toBe(handle);
  });
});

describe('whole mails of these families', () => {
  it('reads a windows-1252 Spanish request whose handle sits in curly quotes', async () => {
    const mail = await readMail(raw8bit('windows-1252', 'Inés <ines@example.es>', 'Borrar datos', 'Hola:\nBorren por favor la información de mi perfil “ines.pinta_3” que guarden.\nGracias, Inés\n'));
    const got = understand(mail, opts);
    expect(got.kind).toBe('deletion_request');
    expect(got.instagramUsername).toBe('ines.pinta_3');
    expect(got.confirmationEmail).toBe('ines@example.es');
  });

  it('reads an Outlook-quoted Portuguese reply and ignores the handle in the quoted part', async () => {
    const body = [
      'Bom dia,', 'Solicitamos a exclusão de todos os dados da nossa conta @padaria.trigo_sp.', 'Favor enviar a confirmação para:', 'adm@padariatrigo.example',
      '', 'Att.,', 'Renata', '', '-----Mensagem original-----', 'De: Caio <caio@padariatrigo.example>', 'Enviada em: segunda-feira, 3 de março de 2025 09:00',
      'Para: Renata <renata@padariatrigo.example>', 'Assunto: Instagram', 'Renata, a conta antiga era @padaria.velha, já foi desativada.',
    ].join('\n');
    const got = understand(await readMail(raw8bit('iso-8859-1', 'Renata <renata@padariatrigo.example>', 'RES: Instagram', body)), opts);
    expect(got.kind).toBe('deletion_request');
    expect(got.instagramUsername).toBe('padaria.trigo_sp');
    expect(got.confirmationEmail).toBe('adm@padariatrigo.example');
  });

  it('reads an Italian agency pitch as other, with no address to answer', async () => {
    const body = 'Buongiorno,\nla nostra agenzia gestisce per voi le richieste di cancellazione dei dati dei vostri utenti Instagram.\nVi interessa una breve call?\n';
    const got = understand(await readMail(raw8bit('iso-8859-1', 'Marco <marco@privacyfacile.example>', 'Cancellazione dati per la vostra app', body)), opts);
    expect(got.kind).toBe('other');
    expect(got.confirmationEmail).toBeNull();
  });
});
