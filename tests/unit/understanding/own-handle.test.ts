/** Colloquial names of the platform, the handle the person marks as theirs, and placeholders in each language. */
import { describe, it, expect } from 'vitest';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';

describe('colloquial platform names', () => {
  it.each([
    ['delete my stuff pls, my gram is theo_r.k', 'theo_r.k'],
    ['Supprimez mes données svp, mon insta c theo_r.k', 'theo_r.k'],
    ['Bitte alles löschen, mein Insta ist theo_r.k', 'theo_r.k'],
    ['Verwijder alles, mijn insta is theo_r.k', 'theo_r.k'],
    ['İnsta kullanıcı adım theo_r.k, verilerimi silin.', 'theo_r.k'],
    ['Het gaat om mijn Instagram-account, te weten theo_r.k.', 'theo_r.k'],
    ['Mon compte Instagram (nom d’usager : theo_r.k) doit être effacé.', 'theo_r.k'],
  ])('%s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });
});

describe('several handles', () => {
  it('takes the one the person calls theirs over a relative’s', () => {
    expect(findInstagramUsername('@dad.garage is my father’s page, keep it. Mine is @lena_p4, delete that one.', '')).toBe('lena_p4');
    expect(findInstagramUsername('@baba.oto babamın sayfası. Benim hesabım @lena_p4, onu silin.', '')).toBe('lena_p4');
    expect(findInstagramUsername('「old_lena」は妹のアカウントです。私のアカウント『lena_p4』のデータを削除してください。', '')).toBe('lena_p4');
  });

  it('prefers a handle in the body over the business handle in the signature', () => {
    const text = 'Please delete the data of my account "lena_p4".\n\n--\nLena Studio\nInstagram: @lena.studio.shop';
    expect(findInstagramUsername(text, '')).toBe('lena_p4');
  });

  it('still reads a handle that only appears in the signature', () => {
    expect(findInstagramUsername('Please delete my data.\n\n--\nLena\nInstagram: @lena_p4', '')).toBe('lena_p4');
  });
});

describe('placeholders', () => {
  it.each([
    'Nom d’utilisateur Instagram : [votre nom d’utilisateur]',
    'Benutzername: [Ihr Benutzername]',
    'Gebruikersnaam: [uw gebruikersnaam]',
  ])('%s gives no handle', (text) => {
    expect(findInstagramUsername(text, '')).toBeNull();
  });
});
