import { describe, it, expect } from 'vitest';
import { detectLanguage, LANGUAGES } from '../../../src/understanding/language.js';

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

  it('covers the nine languages', () => {
    expect([...new Set(samples.map(([lang]) => lang))].sort()).toEqual([...LANGUAGES].sort());
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

  it('reads Chinese without kana as no supported language rather than Japanese', () => {
    expect(detectLanguage('请删除我的数据，谢谢。')).toBeNull();
  });
});
