import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { understand } from '../../../src/understanding/understand.js';
import { detectLanguage, detectLanguageWithRule, LANGUAGES } from '../../../src/understanding/language.js';
import { LANGUAGE_SAMPLES, SHORT_SAMPLES } from '../../fixtures/language-samples.js';

describe('detectLanguage', () => {
  const samples: Array<[string, string]> = [
    ['en', 'Hello, please delete my data. My Instagram username is alice.smith. Thanks'],
    ['en', 'I would like you to remove all of my information from your app.'],
    ['en', 'Hi team, can you erase my account? Best regards'],
    ['es', 'Hola, por favor borren mis datos. Mi usuario de Instagram es @lucia.f'],
    ['es', 'Buenas tardes, solicito la eliminación de todos mis datos personales de su aplicación.'],
    ['es', '¿Pueden eliminar mi cuenta? Gracias'],
    ['fr', 'Bonjour, je souhaite supprimer mes données. Merci'],
    ['fr', 'Madame, Monsieur, veuillez effacer mon compte et toutes les informations. Cordialement'],
    ['fr', "Pourriez-vous supprimer toutes les données me concernant ? Mon compte Instagram est @julie"],
    ['de', 'Hallo, bitte löschen Sie meine Daten. Danke'],
    ['de', 'Sehr geehrte Damen und Herren, ich möchte die Löschung meiner Daten. Mit freundlichen Grüßen'],
    ['de', 'Guten Tag, mein Benutzername ist max und ich bitte um Löschung.'],
    ['pt', 'Olá, quero excluir meus dados. Obrigado'],
    ['pt', 'Bom dia, gostaria de solicitar a exclusão da minha conta. Meu Instagram é @joao'],
    ['pt', 'Por favor apaguem os meus dados, não uso mais o app.'],
    ['it', 'Buongiorno, vorrei che cancellaste tutti i miei dati. Grazie'],
    ['it', 'Salve, chiedo la cancellazione del mio account e dei miei dati personali. Cordiali saluti'],
    ['it', 'Ciao, potete eliminare il mio profilo? Il mio nome utente è luca'],
    ['nl', 'Beste, graag wil ik dat u al mijn gegevens verwijdert. Met vriendelijke groet'],
    ['nl', 'Hoi, kunnen jullie mijn account verwijderen? Bedankt'],
    ['nl', 'Hierbij verzoek ik om verwijdering van mijn gegevens. Mijn gebruikersnaam is sanne'],
    ['tr', 'Merhaba, verilerimin silinmesini talep ediyorum. Teşekkürler'],
    ['tr', 'Lütfen hesabımı ve bilgilerimi silin. Kullanıcı adım ayse'],
    ['tr', 'İyi günler, kişisel verilerimin silinmesini rica ediyorum.'],
    ['ja', 'Instagramのデータを削除してください。'],
    ['ja', 'お世話になっております。私のアカウントの情報を削除していただけますでしょうか。'],
    ['ja', 'ユーザー名：hanako_t\nデータ削除をお願いします。'],
  ];
  it.each(samples)('tells %s in %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('covers the nine languages with templates', () => {
    expect([...new Set(samples.map(([lang]) => lang))].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt', 'tr']);
  });

  it.each([...LANGUAGE_SAMPLES, ...SHORT_SAMPLES])('tells %s in the short mail %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('has short mails in every language it tells', () => {
    expect([...new Set(LANGUAGE_SAMPLES.map(([lang]) => lang))].sort()).toEqual([...LANGUAGES].sort());
    expect([...new Set(SHORT_SAMPLES.map(([lang]) => lang))].sort()).toEqual([...LANGUAGES].sort());
  });

  it('tells Arabic from Persian and Russian from Ukrainian by the letters only one of them writes', () => {
    expect(detectLanguage('احذفوا بياناتي من فضلكم')).toBe('ar');
    expect(detectLanguage('لطفا اطلاعات من را پاک کنید')).toBe('fa');
    expect(detectLanguage('Хочу удалить аккаунт')).toBe('ru');
    expect(detectLanguage('Хочу видалити свій акаунт')).toBe('uk');
  });

  it('keeps the hand rules of the nine languages where the detector is unsure', () => {
    expect(detectLanguageWithRule('Bitte löschen, danke')).toMatchObject({ code: 'de' });
    expect(detectLanguageWithRule('Verilerimi silin lütfen')).toMatchObject({ code: 'tr' });
  });

  it('tells Hinglish by its Hindi words around English nouns', () => {
    expect(detectLanguageWithRule('Mera data delete kar do')).toMatchObject({ code: 'hi-Latn', rule: 'language.hinglish' });
    expect(detectLanguage('Ciao, se hai tempo cancellate i miei dati')).toBe('it');
    expect(detectLanguage('It was a mere mistake, please delete my data')).toBe('en');
  });

  it('does not read handles, addresses and links as words', () => {
    expect(detectLanguage('@kasia_nowak @ola.k https://instagram.com/kasia_nowak kasia@example.pl')).toBeNull();
  });

  it.each([
    [''],
    ['ok'],
    ['@alice_s'],
    ['12345'],
    ['田中'],
  ])('returns null when nothing stands out: %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('does not call an English mail with a Japanese name in it Japanese', () => {
    expect(detectLanguage('Hello, please delete my data. Thanks, 田中花子 (たなか)')).toBe('en');
  });

  it('reads Chinese without kana as Chinese rather than Japanese', () => {
    expect(detectLanguage('请删除我的数据，谢谢。')).toBe('zh');
  });
});

describe('the language of every request in the labelled corpora', () => {
  /** The language a corpus file's name gives ("p2-nl-…", "de-…", "request-german…"), English otherwise. */
  function named(file: string): string {
    const code = /^(?:p\d-)?(de|es|fr|it|ja|nl|pt|tr|en)-/.exec(file)?.[1];
    if (code) return code;
    const word = /(german|french|spanish|portuguese|italian|dutch|turkish|japanese)/.exec(file)?.[1];
    const byWord: Record<string, string> = { german: 'de', french: 'fr', spanish: 'es', portuguese: 'pt', italian: 'it', dutch: 'nl', turkish: 'tr', japanese: 'ja' };
    return word ? byWord[word]! : 'en';
  }

  it.each(['mail', 'mail-blind'])('is the language its file is named for in %s', async (corpus) => {
    const dir = fileURLToPath(new URL(`../../fixtures/${corpus}/`, import.meta.url));
    const wrong: string[] = [];
    let told = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
      const u = understand(await readMail(readFileSync(join(dir, file))), { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] });
      if (u.language === null) continue;
      told++;
      if (u.language !== named(file)) wrong.push(`${file}: ${u.language}, named ${named(file)}`);
    }
    expect(told).toBeGreaterThan(90);
    expect(wrong).toEqual([]);
  });
});
