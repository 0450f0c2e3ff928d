/**
 * Guesses the language a person wrote in, so replies can use it. Counts
 * common short words of each language in the visible text (and the subject);
 * Japanese is recognised by its scripts. Returns null when nothing stands
 * out, and the caller falls back to English.
 */

export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'tr', 'ja'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

const STOPWORDS: Record<Exclude<LanguageCode, 'ja'>, readonly string[]> = {
  en: ['the', 'and', 'my', 'please', 'data', 'delete', 'i', 'you', 'is', 'of', 'to', 'with', 'want', 'account', 'thanks'],
  es: ['el', 'la', 'los', 'mis', 'datos', 'por', 'favor', 'quiero', 'que', 'de', 'mi', 'cuenta', 'gracias', 'con', 'y', 'borrar', 'eliminar'],
  fr: ['le', 'la', 'les', 'mes', 'données', 'je', 'vous', 'merci', 'de', 'mon', 'compte', 'et', 'supprimer', 'est', 'pour', 'souhaite'],
  de: ['der', 'die', 'das', 'und', 'ich', 'meine', 'daten', 'bitte', 'löschen', 'mein', 'ist', 'sie', 'mit', 'danke', 'konto', 'nicht'],
  pt: ['os', 'meus', 'dados', 'por', 'favor', 'quero', 'que', 'de', 'minha', 'conta', 'obrigado', 'obrigada', 'com', 'excluir', 'apagar', 'não'],
  it: ['il', 'la', 'miei', 'dati', 'per', 'favore', 'voglio', 'che', 'di', 'mio', 'account', 'grazie', 'con', 'cancellare', 'eliminare', 'sono'],
  nl: ['de', 'het', 'mijn', 'gegevens', 'alstublieft', 'graag', 'ik', 'van', 'en', 'verwijderen', 'wil', 'is', 'met', 'bedankt', 'een'],
  tr: ['ve', 'bir', 'benim', 'verilerimi', 'verilerim', 'lütfen', 'silin', 'silinmesini', 'hesabım', 'hesabımı', 'teşekkürler', 'için', 'istiyorum', 'bu'],
};

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/gu;

export function detectLanguage(text: string): LanguageCode | null {
  const sample = text.slice(0, 4000);
  const kana = sample.match(JAPANESE)?.length ?? 0;
  if (kana >= 4) return 'ja';
  const words = sample.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let best: LanguageCode | null = null;
  let bestScore = 1; // at least two hits before we trust a guess
  for (const [lang, list] of Object.entries(STOPWORDS) as [LanguageCode, readonly string[]][]) {
    const set = new Set(list);
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
