/** Handles inside each language's quote marks, with the spaces some languages put inside them. */
import { describe, it, expect } from 'vitest';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';

const cases: Array<[string, string]> = [
  ['Merci d’effacer mon compte Instagram « r.dupuis_9 » au plus vite.', 'r.dupuis_9'],
  ['Merci d’effacer mon compte Instagram «\u00a0r.dupuis_9\u00a0» au plus vite.', 'r.dupuis_9'],
  ['Merci d’effacer mon compte Instagram «\u202fr.dupuis_9\u202f».', 'r.dupuis_9'],
  ['Bitte löschen Sie mein Instagram-Profil „tobi.kraus“ komplett.', 'tobi.kraus'],
  ['Bitte löschen Sie mein Instagram-Profil »tobi.kraus« komplett.', 'tobi.kraus'],
  ['Please erase my Instagram ‘hal.w_22’ from your app.', 'hal.w_22'],
  ['Please erase my Instagram account "hal.w_22".', 'hal.w_22'],
  ["Please erase my Insta 'hal.w_22' today.", 'hal.w_22'],
  ['Instagramのアカウント「kenji.m_3」のデータを消してください。', 'kenji.m_3'],
  ['Instagramのアカウント『kenji.m_3』のデータを消してください。', 'kenji.m_3'],
  ['Instagram hesabım "mert.yl" silinsin lütfen.', 'mert.yl'],
];

describe('quoted handles', () => {
  it.each(cases)('%s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  it('leaves apostrophes inside words alone', () => {
    expect(findInstagramUsername('Supprimez l’accès, mon compte Instagram est @ana.v_1, merci.', '')).toBe('ana.v_1');
  });
});
