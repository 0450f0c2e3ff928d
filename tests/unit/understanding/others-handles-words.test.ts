/**
 * A friend's or a relative's handle named with the words people write in Norwegian, Danish,
 * Hungarian, Romanian, Spanish, Swedish, Polish and English: a possessive after the word
 * ("venninna mi", "prietena mea", "amiga mía", "a friend of mine") and a comma before the handle
 * ("A barátnőm, @x", "Min kompis, @x,"). Erasing such a handle erases another person's data.
 */
import { describe, expect, it } from 'vitest';
import { handlesOfOthers } from '../../../src/understanding/others-handles.js';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'Data', { from: 'someone@example.org' }), READER_OPTS);

describe('a friend\'s handle named with a possessive after the word or a comma before the handle', () => {
  it.each([
    ['no', 'Kompisen min @jonas.lie_ sa at dere sletter data. Slett alle dataene mine også.', 'jonas.lie_'],
    ['no', 'Hei! Venninna mi @tuva.berg3 viste meg appen. Kan dere slette alt om meg?', 'tuva.berg3'],
    ['da', 'Veninden min @sofie.dk_ sagde at I sletter data. Slet venligst alle mine data.', 'sofie.dk_'],
    ['hu', 'A barátnőm, @zsofi.kiss_ ajánlotta az appot. Kérem, töröljék az összes adatomat.', 'zsofi.kiss_'],
    ['ro', 'Prietenul meu @andrei.pop_9 mi-a spus de voi. Vă rog să ștergeți toate datele mele.', 'andrei.pop_9'],
    ['ro', 'Buna, prietena mea @ana.rusu_ mi-a zis de voi. Stergeti tot ce aveti despre mine.', 'ana.rusu_'],
    ['es', 'Una amiga mía, @lucia.fdez, me habló de vosotros. Por favor, borrad todos mis datos.', 'lucia.fdez'],
    ['sv', 'Min kompis, @oskar_lind, tipsade om er. Radera alla mina uppgifter.', 'oskar_lind'],
    ['pl', 'Mój kumpel, @bartek.wis, mówił, że usuwacie dane. Proszę usunąć wszystkie moje dane.', 'bartek.wis'],
    ['en', 'A friend of mine, @maya.rose_, told me about you. Please delete all my data.', 'maya.rose_'],
  ])('%s: the friend\'s handle is someone else\'s, the request is incomplete', (_lang, text, friend) => {
    expect([...handlesOfOthers(text, ['pickrtech'])]).toContain(friend);
    const u = read(text);
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).toBe('incomplete_request');
  });

  it.each([
    ['no', 'Søstera mi @ingrid.moe2 brukte appen også. Slett dataene mine. Brukernavnet mitt er @mari.moe2', 'mari.moe2'],
    ['hu', 'A kollégám, @peter.szabo7 szerint ti törlitek az adatokat. Kérem, töröljék az adataimat, a felhasználónevem: @anna.szabo7', 'anna.szabo7'],
    ['ro', 'Sora mea @elena.ionescu4 folosește și ea aplicația. Vă rog ștergeți datele mele, contul meu este @maria.ionescu4', 'maria.ionescu4'],
    ['en', 'My cousin, @leo.hart9, uses the app too. Please delete my data; my username is @nina.hart9.', 'nina.hart9'],
  ])('%s: the person\'s own handle beside a friend\'s or a relative\'s', (_lang, text, own) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(own);
  });

  it('a comma before a word that is no handle names nobody: the person\'s own handle stays', () => {
    expect(read('Thanks my friend, please delete my data. My Instagram is @tom.reed_5').instagramUsername).toBe('tom.reed_5');
  });
});

describe('a phrase that ends on the handle\'s "@" reads the whole handle', () => {
  it.each([
    ['no', 'Slett dataene mine. Brukeren min @kari.lund_4 skal bort.', 'kari.lund_4'],
    ['es', 'Borren mis datos, por favor. Mi @nerea_sol es la cuenta.', 'nerea_sol'],
  ])('%s', (_lang, text, own) => {
    expect(read(text).instagramUsername).toBe(own);
  });
});
