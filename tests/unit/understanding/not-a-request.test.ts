/** Mail about deletion that asks for none now: put off, still deciding, or selling automation. */
import { describe, it, expect } from 'vitest';
import { findDeletionWish } from '../../../src/understanding/deletion-intent.js';
import { notARequest } from '../../../src/understanding/not-a-request.js';

describe('mail that asks for no deletion now', () => {
  it.each([
    ['Please delete my data, but not yet: I still need the app until June.', 'other.postponed'],
    ['Ich hatte um Löschung meiner Daten gebeten. Bitte stellen Sie den Antrag vorerst zurück.', 'other.postponed'],
    ['Merci de ne pas supprimer mes données pour l’instant, je n’ai pas encore décidé.', 'other.postponed'],
    ['Verwijder mijn gegevens voorlopig niet, ik gebruik de app nog.', 'other.postponed'],
    ['Verilerimi şimdilik silmeyin, proje bitince yazarım.', 'other.postponed'],
    ['データの削除はまだしないでください。', 'other.postponed'],
    ['Before I send a deletion request: how long does deleting my data take?', 'other.question-first'],
    ['Our tool automates GDPR deletion requests end to end. Would you be open to a 20-minute call?', 'other.vendor'],
    ['Wir löschen Daten automatisch aus Ihren Systemen – jetzt kostenlos testen!', 'other.vendor'],
    ['KVKK silme taleplerini otomatik yanıtlıyoruz, ücretsiz demo için yazın.', 'other.vendor'],
  ])('%s', (text, rule) => {
    expect(notARequest(text)).toBe(rule);
    expect(findDeletionWish(text, 'Data deletion').statement).toBeNull();
  });

  it.each([
    'Please delete all my data now, I no longer use the app.',
    'Bitte löschen Sie meine Daten, ich nutze die App nicht mehr.',
    'Instagram hesabımla ilgili tüm verilerimi silin lütfen.',
  ])('still reads a wish in %s', (text) => {
    expect(notARequest(text)).toBeNull();
    expect(findDeletionWish(text, '').statement).not.toBeNull();
  });
});
