import { describe, it, expect } from 'vitest';
import { findDeletionStatement, isDeletionWish } from '../../../src/understanding/deletion-intent.js';

describe('findDeletionStatement', () => {
  const wishes: Array<[string, string, string]> = [
    ['Hi. I want my Instagram-related app data deleted. Thanks', '', 'I want my Instagram-related app data deleted.'],
    ['Please delete my data.', '', 'Please delete my data.'],
    ['please delete my data from pickrtech. IG: carol_92', '', 'please delete my data from pickrtech.'],
    ['I would like you to erase all data you hold about me.', '', 'I would like you to erase all data you hold about me.'],
    ['Kindly remove all my information from your app', '', 'Kindly remove all my information from your app'],
    ['Please disconnect my Instagram and delete everything.', '', 'Please disconnect my Instagram and delete everything.'],
    ['Please delete my account data.', '', 'Please delete my account data.'],
    ['Delete my account please', '', 'Delete my account please'],
    ['I exercise my right to erasure under GDPR.', '', 'I exercise my right to erasure under GDPR.'],
    ['This is a GDPR deletion request.', '', 'This is a GDPR deletion request.'],
    ['I invoke my right to be forgotten.', '', 'I invoke my right to be forgotten.'],
    ['Can you delete all the information you have on me?', '', 'Can you delete all the information you have on me?'],
    ['Is it possible to delete my data?', '', 'Is it possible to delete my data?'],
    ['Please wipe my Instagram data from your servers', '', 'Please wipe my Instagram data from your servers'],
    ['Please delete the data you received from Facebook about me.', '', 'Please delete the data you received from Facebook about me.'],
    ['I signed up with Google, please delete my data', '', 'I signed up with Google, please delete my data'],
    ['I would like to request deletion of all my data associated with my Instagram account', '', 'I would like to request deletion of all my data associated with my Instagram account'],
    ['I would like you to delete all\nmy data please', '', 'I would like you to delete all my data please'],
    ['Please delete my posts and all my data', '', 'Please delete my posts and all my data'],
    ['Quiero eliminar mis datos de su aplicación.', '', 'Quiero eliminar mis datos de su aplicación.'],
    ['Por favor borren mis datos.', '', 'Por favor borren mis datos.'],
    ['Je souhaite supprimer mes données.', '', 'Je souhaite supprimer mes données.'],
    ["J'exerce mon droit à l'effacement.", '', "J'exerce mon droit à l'effacement."],
    ['Bitte löschen Sie meine Daten.', '', 'Bitte löschen Sie meine Daten.'],
    ['Ich möchte meine Daten löschen lassen.', '', 'Ich möchte meine Daten löschen lassen.'],
    ['Quero excluir meus dados.', '', 'Quero excluir meus dados.'],
    ['Hello', 'Data deletion request', 'Data deletion request'],
    ['IG: alice_s', 'Data deletion', 'Data deletion'],
    ['IG: alice_s', 'Re: Instagram data removal', 'Instagram data removal'],
    ['IG: alice_s', 'Delete my data', 'Delete my data'],
    ['I no longer want you to keep my data.', '', 'I no longer want you to keep my data.'],
    ['IG: alice', 'Re: Please delete my data', 'Please delete my data'],
    ['pls delete my acc @jesskim', '', 'pls delete my acc @jesskim'],
    ['Can I have my data deleted?', '', 'Can I have my data deleted?'],
    ['Hi, I connected IG by mistake. Please delete whatever you stored.', '', 'Please delete whatever you stored.'],
    ['I deleted the app. Please make sure my data is also deleted.', '', 'Please make sure my data is also deleted.'],
    ['username: alice', 'Request to delete my data', 'Request to delete my data'],
  ];
  it.each(wishes)('finds the wish in %j (subject %j)', (text, subject, expected) => {
    expect(findDeletionStatement(text, subject)).toBe(expected);
  });

  const notWishes: Array<[string, string]> = [
    ['How do I delete a scheduled post?', ''],
    ['Can you delete the caption on my scheduled post?', ''],
    ['Please delete my photo from the queue', ''],
    ['Please delete my Facebook account.', ''],
    ['I want my data deleted at Meta.', ''],
    ["Can you ask Meta to delete my data?", ''],
    ["Please don't delete my data yet.", ''],
    ['Do not delete anything, I still use the app', ''],
    ['How does the deletion process work?', ''],
    ['How long does it take to remove data?', ''],
    ['What data do you delete?', ''],
    ['Please remove me from your newsletter.', ''],
    ['Remove the hassle from posting with GrowFast.', ''],
    ['Delete your worries with our VPN!', ''],
    ['Could you resend the invoice?', ''],
    ['¿Cómo elimino una publicación programada?', ''],
    ['Bitte meine Daten nicht löschen.', ''],
    ['Let me know if you have questions.', ''],
    ['', ''],
    ['Hello', 'Question about my subscription'],
    ['Can I delete my data myself in the app?', ''],
    ['Great, thanks for deleting my data!', ''],
    ['When I try to delete a draft the app crashes.', ''],
    ['Could you add a button to delete all scheduled posts at once?', ''],
    ['How does the deletion work?', 'Data deletion'],
    ['Hi', 'Deletion process'],
    ['Hi', 'Delete scheduled post'],
    ['Someone is impersonating me (@fake). Can you delete their account?', ''],
    ['I deleted the app. What happens to my data?', ''],
  ];
  it.each(notWishes)('finds no wish in %j (subject %j)', (text, subject) => {
    expect(findDeletionStatement(text, subject)).toBeNull();
  });

  it('prefers the body over the subject', () => {
    expect(findDeletionStatement('Please erase my data.', 'Deletion request')).toBe('Please erase my data.');
  });

  it('clips very long sentences', () => {
    const long = `Please delete my data ${'and more '.repeat(200)}`;
    expect((findDeletionStatement(long, '') ?? '').length).toBeLessThanOrEqual(500);
  });

  it('checks single sentences', () => {
    expect(isDeletionWish('I no longer use the app, please delete my data')).toBe(true);
    expect(isDeletionWish('I have no further use for it, so delete my account')).toBe(true);
  });
});
