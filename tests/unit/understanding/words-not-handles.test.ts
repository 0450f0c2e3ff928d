/**
 * Words of the sentence are not handles. After "my account is", "mon compte est", "il mio account
 * e" (an "and" written without its accent) a plain word that runs on into the sentence ("mon
 * compte est vide maintenant", "il mio account e tutte le foto") is an adjective, an adverb, a
 * pronoun: never the handle. After a bare "username" with no verb or colon, only a word shaped
 * like a handle is one ("username dena bhool gaya": "to give"). When unsure, no handle: the
 * requester is asked for it, rather than the wrong account deleted.
 */
import { describe, expect, it } from 'vitest';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';

describe('a plain word that runs on into its sentence is no handle', () => {
  const WORDS: Array<[string, string]> = [
    ['it', 'Cancellate il mio account e tutte le foto, grazie.'],
    ['pt', 'Quero apagar o meu perfil e todos os meus dados.'],
    ['es', 'Mi cuenta es muy antigua y quiero borrarla.'],
    ['fr', 'Mon compte est vide maintenant, supprimez-le.'],
    ['de', 'Mein Konto ist seit Jahren inaktiv, bitte löschen.'],
    ['nl', 'Mijn account is al jaren leeg, verwijder het.'],
    ['hi-Latn', 'Maine username dena bhool gaya, email se dhoondh lijiye.'],
    ['en', 'I forgot my username completely, sorry.'],
  ];
  for (const [lang, text] of WORDS) {
    it(`${lang}: ${text}`, () => {
      expect(findInstagramUsername(text, '')).toBeNull();
    });
  }
});

describe('handles are still read', () => {
  const HANDLES: Array<[string, string, string]> = [
    ['it', 'Il mio account è tutti.frutti, cancellatelo.', 'tutti.frutti'],
    ['fr', 'Mon compte est vide_grenier maintenant.', 'vide_grenier'],
    ['en', 'My Instagram is jess.', 'jess'],
    ['en', 'my instagram is jess', 'jess'],
    ['es', 'Mi cuenta es muy_antigua y quiero borrarla.', 'muy_antigua'],
    ['hi-Latn', 'Username ye hai: aman.r_22', 'aman.r_22'],
    ['hi-Latn', 'Mera username ye hai - priya.k9', 'priya.k9'],
  ];
  for (const [lang, text, handle] of HANDLES) {
    it(`${lang}: ${text}`, () => {
      expect(findInstagramUsername(text, '')).toBe(handle);
    });
  }
});
