/** Wishes written the way people write them: "everything" as the object, misspelt verbs and nouns, Turkish in capitals. */
import { describe, it, expect } from 'vitest';
import { isDeletionWish } from '../../../src/understanding/deletion-intent.js';

describe('wish phrasings', () => {
  it.each([
    'Löschen Sie bitte alles, was zu mir bei Ihnen liegt.',
    'Ich bitte darum, dass meine Daten endgültig gelöscht werden.',
    'Merci de suprimer mes donnée au plus vite.',
    'Je souhaite que vous effaciez tout ce que vous gardez sur moi.',
    'ik wil dat jullie mijn gegevns verwijdere aub',
    'Hakkımda ne varsa silinmesini rica ediyorum.',
    'HESABIMLA İLGİLİ NE VARSA SİLİN LÜTFEN.',
  ])('%s', (sentence) => {
    expect(isDeletionWish(sentence)).toBe(true);
  });

  it.each([
    'Ne supprimez pas mes données.',
    'BİLGİLERİMİ SİLMEYİN.',
    'Bitte löschen Sie meine Daten noch nicht.',
  ])('still refuses %s', (sentence) => {
    expect(isDeletionWish(sentence)).toBe(false);
  });
});
