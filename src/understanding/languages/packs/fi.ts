import type { LanguagePack } from '../language-pack.js';

/** Finnish: one stem carries the case endings ("tietoni", "tilini", "poistakaa"). */
export const fi: LanguagePack = {
  code: 'fi',
  name: 'Finnish',
  erase: ['poist', 'poistaminen', 'poistakaa', 'poistaa', 'pyyhk', 'hävit', 'havit', 'tuhoa', 'unohda minut', 'sulje tili', 'sulkea tili'],
  data: ['tiedot', 'tietoni', 'tietoja', 'henkilötiedot', 'henkilotiedot', 'henkilötietoni', 'data', 'informaatio', 'historia', 'sisältö', 'tunnukset', 'kaikki'],
  account: ['tili', 'tilin', 'tilini', 'profiili', 'yhteys', 'käyttäjätili'],
  privacy: ['yksityisyys', 'tietosuoja', 'gdpr', 'oikeus tietojen poistamiseen', 'oikeus tulla unohdetuksi', 'poistopyyntö', 'artikla 17'],
  mine: ['minun', 'minua', 'minulle', 'meidän', 'minä', 'mä', 'mun'],
  opposite: [
    'älkää poistako', 'alkaa poistako', 'älä poista', 'ala poista', 'ei saa poistaa', 'säilyttäkää tilini', 'en pyytänyt',
    'en ole pyytänyt', 'en ole pyytanyt', 'en tehnyt pyyntöä', 'se en ollut minä', 'peruuttakaa pyyntö', 'peruutan pyyntöni',
    'käytän sitä yhä', 'käytän vielä',
  ],
  negation: ['ei', 'en', 'älä', 'älkää', 'ala', 'eikä', 'koskaan', 'mitään', 'mitaan'],
  question: ['miten', 'mitä', 'mita', 'miksi', 'milloin', 'missä', 'mikä', 'mika', 'kuinka', 'kuinka kauan', 'voinko', 'voitteko', 'onko mahdollista'],
  usernameLabels: ['käyttäjänimi', 'kayttajanimi', 'käyttäjätunnus', 'tunnus', 'tilin nimi', 'instagram-tili', 'tili', 'profiili'],
  handlePhrases: ['käyttäjätunnu', 'käyttäjänim', 'kayttajatunnu', 'kayttajanim', 'instagram-tili', 'instagramtili', 'tunnukse'],
  handleLinks: ['on', 'minun', 'instagramissa', 'instagram-tilini'],
  confirmation: ['vahvistus osoitteeseen', 'vahvistakaa osoitteeseen', 'lähettäkää osoitteeseen', 'lähetä osoitteeseen', 'vastatkaa osoitteeseen', 'sähköpostini', 'sahkopostini', 'osoitteeni', 'sähköpostiosoite', 'sähköposti'],
  quoteHeaders: ['kirjoitti'],
  originalMessage: ['alkuperäinen viesti', 'alkuperainen viesti'],
  forwardMarkers: ['välitetty viesti', 'valitetty viesti', 'edelleenlähetetty viesti'],
  headerFrom: ['lähettäjä', 'lahettaja'],
  headerSent: ['lähetetty', 'lahetetty', 'päivämäärä'],
  headerOther: ['vastaanottaja', 'kopio', 'aihe'],
  replyPrefixes: ['vs', 'vast', 're'],
  forwardPrefixes: ['vl', 'välitä', 'fw', 'fwd'],
  signatureMarkers: ['ystävällisin terveisin', 'ystavallisin terveisin', 'terveisin', 'kiitos', 'kiitos paljon', 'kiittäen', 'parhain terveisin', 't.'],
  sentFrom: ['lähetetty *sta', 'lähetetty *stä', 'lähetetty laitteesta *'],
  autoReplySubjects: ['automaattinen vastaus', 'poissa toimistolta', 'poissaolo', 'lomalla', 'lomaviesti', 'ei voitu toimittaa'],
};
