/**
 * The families missed on Spanish, Portuguese, Italian and English mail: vendors selling
 * deletion services, requests in a business's plural or with a first-person verb,
 * handles quoted after the word for the account, brand pages in "follow us" lines and
 * colloquial names of the platform. Each case is a new phrasing of its family.
 */
import { describe, it, expect } from 'vitest';
import { findDeletionWish } from '../../../src/understanding/deletion-intent.js';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';
import { notARequest } from '../../../src/understanding/not-a-request.js';

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
