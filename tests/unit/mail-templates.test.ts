import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Inventory } from '../../src/mail-out/inventory-types.js';
import { loadCheckedMailTemplates, templatesSummary } from '../../src/mail-out/check-mail-templates.js';
import { DEFAULT_MAIL_TEMPLATES_DIR, languageFor, loadMailTemplates, MAIL_KINDS, MailTemplateError } from '../../src/mail-out/mail-templates.js';
import { renderAcknowledgment } from '../../src/mail-out/templates/acknowledgment.js';
import { renderCompletion } from '../../src/mail-out/templates/completion.js';
import { renderDuplicateNotice } from '../../src/mail-out/templates/duplicate-notice.js';
import { renderExtension } from '../../src/mail-out/templates/extension.js';
import { renderNeedsInfo } from '../../src/mail-out/templates/needs-info.js';
import { renderRejection } from '../../src/mail-out/templates/rejection.js';
import { findInstagramUsername } from '../../src/understanding/instagram-username.js';
import { LANGUAGES } from '../../src/understanding/language.js';
import { visibleText } from '../../src/understanding/visible-text.js';
import { sampleFacts, shippedPlan, shippedTemplates } from './sample-request.js';

/** The languages requester mail is written in; every other language the reader tells gets English. */
const SHIPPED: readonly string[] = ['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt', 'tr'];

/** Every mail a requester gets, rendered from the template files as shipped. */

const plan = shippedPlan;
const templates = shippedTemplates;

const facts = sampleFacts;
const completedAt = new Date('2026-12-01T09:00:00Z');

/** What the plan's steps did: rows per step id, and rows a legal hold kept. */
function result(rows: Record<string, number>, kept: Record<string, number> = {}): Inventory {
  return {
    accountFound: true,
    legalHold: Object.keys(kept).length > 0,
    lines: plan.steps.map((s) => ({ id: s.id, table: s.table, category: s.category, action: s.action, rows: rows[s.id] ?? 0, kept: kept[s.id] ?? 0 })),
  };
}

const deleted = result({ access_tokens: 2, publishing_logs: 3, error_log_mentions: 1, account: 1 });
const held = result({ publishing_log_mentions: 1 }, { access_tokens: 2, error_logs: 4, account: 1 });
const nothing: Inventory = { accountFound: false, legalHold: false, lines: result({}).lines };

/** What a reader of each language sees: subject, a deleted line, a mention line, a kept line, the reference, the rejection reason. */
const READS: Record<string, { subject: string; tokens: string; mention: string; kept: string; reference: string; reason: string; noData: string }> = {
  en: { subject: 'Your Instagram data has been deleted', tokens: 'access tokens and authorization status: 2 deleted', mention: 'mentions in other error logs: 1 mention(s) removed', kept: 'error logs: 4 kept', reference: 'Reference: DR-2026-00042', reason: 'Reason: ', noData: 'held no data' },
  es: { subject: 'Sus datos de Instagram han sido eliminados', tokens: 'tokens de acceso y estado de autorización: 2 eliminado(s)', mention: 'menciones en otros registros de errores: 1 mención(es) eliminada(s)', kept: 'registros de errores: 4 conservado(s)', reference: 'Referencia: DR-2026-00042', reason: 'Motivo: ', noData: 'no tenía ningún dato' },
  fr: { subject: 'Vos données Instagram ont été supprimées', tokens: "jetons d'accès et statut d'autorisation : 2 supprimé(s)", mention: "mentions dans d'autres journaux d'erreurs : 1 mention(s) retirée(s)", kept: "journaux d'erreurs : 4 conservé(s)", reference: 'Référence : DR-2026-00042', reason: 'Motif : ', noData: 'ne détenait aucune donnée' },
  de: { subject: 'Ihre Instagram-Daten wurden gelöscht', tokens: 'Zugriffstoken und Autorisierungsstatus: 2 gelöscht', mention: 'Erwähnungen in anderen Fehlerprotokollen: 1 Erwähnung(en) entfernt', kept: 'Fehlerprotokolle: 4 aufbewahrt', reference: 'Referenz: DR-2026-00042', reason: 'Grund: ', noData: 'keine Daten gespeichert' },
  pt: { subject: 'Seus dados do Instagram foram excluídos', tokens: 'tokens de acesso e status de autorização: 2 excluído(s)', mention: 'menções em outros registros de erros: 1 menção(ões) removida(s)', kept: 'registros de erros: 4 mantido(s)', reference: 'Referência: DR-2026-00042', reason: 'Motivo: ', noData: 'não tinha nenhum dado' },
  it: { subject: 'I tuoi dati di Instagram sono stati cancellati', tokens: 'token di accesso e stato di autorizzazione: 2 cancellato/i', mention: 'menzioni in altri log degli errori: 1 menzione/i rimossa/e', kept: 'log degli errori: 4 conservato/i', reference: 'Riferimento: DR-2026-00042', reason: 'Motivo: ', noData: 'non conservava alcun dato' },
  nl: { subject: 'Je Instagram-gegevens zijn verwijderd', tokens: 'toegangstokens en autorisatiestatus: 2 verwijderd', mention: 'vermeldingen in andere foutlogs: 1 vermelding(en) verwijderd', kept: 'foutlogs: 4 bewaard', reference: 'Referentie: DR-2026-00042', reason: 'Reden: ', noData: 'geen gegevens van dit account' },
  tr: { subject: 'Instagram verileriniz silindi', tokens: 'erişim belirteçleri ve yetkilendirme durumu: 2 kayıt silindi', mention: 'diğer hata günlüklerindeki bahsetmeler: 1 bahsetme kaldırıldı', kept: 'hata günlükleri: 4 kayıt saklandı', reference: 'Referans: DR-2026-00042', reason: 'Gerekçe: ', noData: 'hiçbir veri saklamıyordu' },
  ja: { subject: 'Instagram 関連データの削除が完了しました', tokens: 'アクセストークンおよび認可状況：2 件を削除', mention: 'その他のエラーログ内の言及：1 件の言及を除去', kept: 'エラーログ：4 件を保管', reference: '受付番号：DR-2026-00042', reason: '理由：', noData: 'データを保有しておりませんでした' },
};

/**
 * The dialogue mails as a reader of each language sees them: the four subjects,
 * the labelled example line of needs-info, and the labels before the facts.
 */
const DIALOGUE: Record<string, { ack: string; ask: string; example: string; duplicate: string; extension: string; yourRef: string; joinedRef: string; reason: string; newDate: string; previousDate: string }> = {
  en: {
    ack: 'We received your data deletion request', ask: 'We need your Instagram username', example: 'Instagram username: your.handle',
    duplicate: 'We already have a deletion request for this account', extension: 'We need more time for your data deletion request',
    yourRef: 'Your reference: ', joinedRef: 'Its reference: ', reason: 'Reason: ', newDate: 'New date: ', previousDate: 'Previous date: ',
  },
  es: {
    ack: 'Hemos recibido su solicitud de eliminación de datos', ask: 'Necesitamos su nombre de usuario de Instagram', example: 'Usuario de Instagram: your.handle',
    duplicate: 'Ya tenemos una solicitud de eliminación para esta cuenta', extension: 'Necesitamos más tiempo para su solicitud de eliminación de datos',
    yourRef: 'Su referencia: ', joinedRef: 'Referencia de la solicitud: ', reason: 'Motivo: ', newDate: 'Nueva fecha: ', previousDate: 'Fecha anterior: ',
  },
  fr: {
    ack: 'Nous avons bien reçu votre demande de suppression de données', ask: "Nous avons besoin de votre nom d'utilisateur Instagram", example: "Nom d'utilisateur Instagram : your.handle",
    duplicate: 'Nous avons déjà une demande de suppression pour ce compte', extension: 'Nous avons besoin de plus de temps pour votre demande de suppression de données',
    yourRef: 'Votre référence : ', joinedRef: 'Référence de cette demande : ', reason: 'Motif : ', newDate: 'Nouvelle date : ', previousDate: 'Date précédente : ',
  },
  de: {
    ack: 'Wir haben Ihre Löschanfrage erhalten', ask: 'Wir benötigen Ihren Instagram-Benutzernamen', example: 'Instagram-Benutzername: your.handle',
    duplicate: 'Für dieses Konto liegt bereits eine Löschanfrage vor', extension: 'Wir benötigen mehr Zeit für Ihre Löschanfrage',
    yourRef: 'Ihre Referenz: ', joinedRef: 'Referenz dieser Anfrage: ', reason: 'Grund: ', newDate: 'Neues Datum: ', previousDate: 'Bisheriges Datum: ',
  },
  pt: {
    ack: 'Recebemos sua solicitação de exclusão de dados', ask: 'Precisamos do seu nome de usuário do Instagram', example: 'Usuário do Instagram: your.handle',
    duplicate: 'Já temos uma solicitação de exclusão para esta conta', extension: 'Precisamos de mais tempo para sua solicitação de exclusão de dados',
    yourRef: 'Sua referência: ', joinedRef: 'Referência da solicitação: ', reason: 'Motivo: ', newDate: 'Nova data: ', previousDate: 'Data anterior: ',
  },
  it: {
    ack: 'Abbiamo ricevuto la tua richiesta di cancellazione dei dati', ask: 'Ci serve il tuo nome utente Instagram', example: 'Nome utente Instagram: your.handle',
    duplicate: 'Abbiamo già una richiesta di cancellazione per questo account', extension: 'Ci serve più tempo per la tua richiesta di cancellazione dei dati',
    yourRef: 'Il tuo riferimento: ', joinedRef: 'Riferimento della richiesta: ', reason: 'Motivo: ', newDate: 'Nuova data: ', previousDate: 'Data precedente: ',
  },
  nl: {
    ack: 'We hebben je verzoek om gegevensverwijdering ontvangen', ask: 'We hebben je Instagram-gebruikersnaam nodig', example: 'Instagram-gebruikersnaam: your.handle',
    duplicate: 'We hebben al een verwijderverzoek voor dit account', extension: 'We hebben meer tijd nodig voor je verzoek om gegevensverwijdering',
    yourRef: 'Je referentie: ', joinedRef: 'Referentie van dat verzoek: ', reason: 'Reden: ', newDate: 'Nieuwe datum: ', previousDate: 'Vorige datum: ',
  },
  tr: {
    ack: 'Veri silme talebinizi aldık', ask: 'Instagram kullanıcı adınıza ihtiyacımız var', example: 'Instagram kullanıcı adı: your.handle',
    duplicate: 'Bu hesap için zaten bir silme talebimiz bulunuyor', extension: 'Veri silme talebiniz için ek süreye ihtiyacımız var',
    yourRef: 'Referans numaranız: ', joinedRef: 'Talebin referans numarası: ', reason: 'Gerekçe: ', newDate: 'Yeni tarih: ', previousDate: 'Önceki tarih: ',
  },
  ja: {
    ack: 'データ削除のご依頼を承りました', ask: 'Instagram のユーザー名をお知らせください', example: 'ユーザー名：your.handle',
    duplicate: 'このアカウントのデータ削除のご依頼はすでに承っております', extension: 'データ削除のご依頼の対応期限延長のお知らせ',
    yourRef: '受付番号：', joinedRef: '受付番号：', reason: '理由：', newDate: '新しい期限：', previousDate: '変更前の期限：',
  },
};

/** The extended request: due two months later than `facts`. */
const extended = { ...facts, dueAt: new Date('2027-02-28T10:00:00Z') };

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped templates to break. */
function copyTemplates(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mail-templates-'));
  scratch.push(dir);
  cpSync(DEFAULT_MAIL_TEMPLATES_DIR, dir, { recursive: true });
  return dir;
}

/** The HTML part as a reader sees it: tags gone, entities decoded. */
function visible(html: string | null): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", '#x3D': '=', '#x60': '`' };
  return (html ?? '').replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (m, e: string) => entities[e] ?? m);
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(MailTemplateError);
    return (err as MailTemplateError).problems;
  }
  throw new Error('expected the templates to be refused');
}

describe('completion and rejection templates', () => {
  it('ship English, Spanish, French, German, Portuguese, Italian, Dutch, Turkish and Japanese', () => {
    expect([...templates.languages.keys()].sort()).toEqual(Object.keys(READS).sort());
  });

  for (const [lang, reads] of Object.entries(READS)) {
    it(`${lang}: the completion mail lists what was deleted, with counts, in text and HTML`, () => {
      const m = renderCompletion(templates, facts, deleted, completedAt, lang);
      expect(m.subject).toBe(`[DR-2026-00042] ${reads.subject}`);
      for (const part of [m.text, visible(m.html)]) {
        expect(part).toContain(reads.tokens);
        expect(part).toContain(reads.mention);
        expect(part).toContain('2026-12-01');
        expect(part).toContain('@sunny.days');
        expect(part).not.toContain(reads.kept);
        expect(part).not.toMatch(/{{|}}/);
      }
      expect(m.text).toContain(reads.reference);
      expect(m.html).toContain(`<html lang="${lang}">`);
      expect(m.html).toContain('<strong>DR-2026-00042</strong>');
    });

    it(`${lang}: the completion mail says what a legal hold kept`, () => {
      const m = renderCompletion(templates, facts, held, completedAt, lang);
      expect(m.subject).not.toBe(`[DR-2026-00042] ${reads.subject}`);
      expect(m.text).toContain(reads.kept);
      expect(visible(m.html)).toContain(reads.kept);
      // Kept rows are not reported as deleted.
      expect(m.text).not.toContain(reads.tokens);
    });

    it(`${lang}: the completion mail says when no data was held`, () => {
      const m = renderCompletion(templates, facts, nothing, completedAt, lang);
      expect(m.text).toContain(reads.noData);
      expect(m.subject).not.toBe(`[DR-2026-00042] ${reads.subject}`);
      expect(m.text).not.toContain(': 0');
    });

    it(`${lang}: the rejection mail carries the staff reason`, () => {
      const m = renderRejection(templates, facts, 'We could not verify that you own this account.', lang);
      expect(m.subject).toMatch(/^\[DR-2026-00042\] \S/);
      expect(m.text).toContain(`${reads.reason}We could not verify that you own this account.`);
      expect(visible(m.html)).toContain(`${reads.reason}We could not verify that you own this account.`);
      expect(m.html).toContain(`<html lang="${lang}">`);
    });
  }

  it('English rejection says nothing was deleted', () => {
    const m = renderRejection(templates, facts, 'No proof of ownership.', 'en');
    expect(m.subject).toBe('[DR-2026-00042] About your data deletion request');
    expect(m.text).toContain('No data was deleted');
  });

  it('escapes values in HTML, and only there', () => {
    const hostile = { ...facts, instagramUsername: 'a<b>' };
    const m = renderRejection(templates, hostile, 'Because <script>alert("x")</script> & more', 'de');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(m.html).toContain('@a&lt;b&gt;');
    expect(m.text).toContain('Because <script>alert("x")</script> & more');
    const c = renderCompletion(templates, hostile, deleted, completedAt, 'fr');
    expect(c.html).toContain('@a&lt;b&gt;');
    expect(c.html).not.toContain('a<b>');
  });

  it('falls back to English for a language without templates, and reads "pt-BR" as Portuguese', () => {
    for (const lang of ['ko', 'zh-CN', 'xx', '', 'EN']) {
      expect(languageFor(templates, 'completion', lang)).toBe('en');
      expect(renderCompletion(templates, facts, deleted, completedAt, lang).subject).toBe('[DR-2026-00042] Your Instagram data has been deleted');
    }
    expect(renderCompletion(templates, facts, deleted, completedAt, 'pt-BR').subject).toBe(`[DR-2026-00042] ${READS.pt!.subject}`);
  });

  it('writes in English to every language the reader tells that has no templates', () => {
    const others = LANGUAGES.filter((lang) => !SHIPPED.includes(lang));
    expect(others).toContain('pl');
    expect(others).toContain('hi-Latn');
    for (const lang of others) {
      for (const kind of MAIL_KINDS) expect(languageFor(templates, kind, lang), `${lang} ${kind}`).toBe('en');
    }
  });

  it('falls back to English per kind: a language may translate only the completion', () => {
    const dir = copyTemplates();
    for (const part of ['subject', 'txt', 'html']) unlinkSync(join(dir, 'it', `rejection.${part}.hbs`));
    const t = loadCheckedMailTemplates(dir, plan);
    expect(renderRejection(t, facts, 'No.', 'it').text).toContain('Reason: No.');
    expect(renderCompletion(t, facts, deleted, completedAt, 'it').subject).toBe(`[DR-2026-00042] ${READS.it!.subject}`);
  });

  it('edits to the files change the mail', () => {
    const dir = copyTemplates();
    writeFileSync(join(dir, 'es', 'rejection.subject.hbs'), 'Respuesta a su solicitud {{reference}}\n');
    const t = loadCheckedMailTemplates(dir, plan);
    expect(renderRejection(t, facts, 'No.', 'es').subject).toBe('[DR-2026-00042] Respuesta a su solicitud DR-2026-00042');
  });

  describe('a broken folder is refused with the file named', () => {
    it('a syntax error', () => {
      const dir = copyTemplates();
      writeFileSync(join(dir, 'de', 'completion.txt.hbs'), 'Hallo {{#if anyDeleted}}\n');
      const problems = problemsOf(() => loadMailTemplates(dir));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(join(dir, 'de', 'completion.txt.hbs'));
      expect(problems[0]).toMatch(/Parse error on line/);
    });

    it('a placeholder that does not exist', () => {
      const dir = copyTemplates();
      writeFileSync(join(dir, 'fr', 'completion.html.hbs'), '<p>{{referense}}</p>\n');
      const problems = problemsOf(() => loadCheckedMailTemplates(dir, plan));
      expect(problems).toEqual([`${join(dir, 'fr', 'completion.html.hbs')}: {{referense}} at line 1, column 6 is not a placeholder of completion mails (see docs/TEMPLATES.md for the list)`]);
    });

    it('every broken file at once: a syntax error in one, an unknown placeholder in another', () => {
      const dir = copyTemplates();
      writeFileSync(join(dir, 'es', 'completion.txt.hbs'), 'Hola {{#if anyDeleted}}\n');
      writeFileSync(join(dir, 'de', 'rejection.subject.hbs'), 'Zu {{refrence}}\n');
      const problems = problemsOf(() => loadCheckedMailTemplates(dir, plan));
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^${join(dir, 'es', 'completion.txt.hbs')}: Parse error on line 2`)),
        `${join(dir, 'de', 'rejection.subject.hbs')}: {{refrence}} at line 1, column 6 is not a placeholder of rejection mails (see docs/TEMPLATES.md for the list)`,
      ]);
    });

    it('a missing part, a missing English template, an unknown file', () => {
      const dir = copyTemplates();
      unlinkSync(join(dir, 'es', 'completion.html.hbs'));
      unlinkSync(join(dir, 'en', 'rejection.txt.hbs'));
      writeFileSync(join(dir, 'nl', 'completion.text.hbs'), 'x');
      const problems = problemsOf(() => loadMailTemplates(dir)).join('\n');
      expect(problems).toContain(`${join(dir, 'es', 'completion.html.hbs')}: missing`);
      expect(problems).toContain(`${join(dir, 'en', 'rejection.txt.hbs')}: missing`);
      expect(problems).toContain(`${join(dir, 'nl', 'completion.text.hbs')}: unknown template file`);
    });

    it('no English folder, or no folder at all', () => {
      const dir = copyTemplates();
      rmSync(join(dir, 'en'), { recursive: true });
      expect(problemsOf(() => loadMailTemplates(dir)).join('\n')).toContain(`${join(dir, 'en')}: missing`);
      expect(problemsOf(() => loadMailTemplates(join(dir, 'nope')))).toEqual([`${join(dir, 'nope')}: no such folder (MAIL_TEMPLATES_DIR)`]);
    });

    it('a categories file that is not a JSON object of labels', () => {
      const dir = copyTemplates();
      writeFileSync(join(dir, 'it', 'categories.json'), '{ not json');
      writeFileSync(join(dir, 'nl', 'categories.json'), '{ "access_tokens": 3 }');
      const problems = problemsOf(() => loadMailTemplates(dir));
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^${join(dir, 'it', 'categories.json')}: .*JSON`)),
        `${join(dir, 'nl', 'categories.json')}: must be a JSON object of plan step id -> label, e.g. {"access_tokens": "access tokens"}`,
      ]);
    });

    it('a category label missing for a plan step, or one for a step the plan does not have', () => {
      const dir = copyTemplates();
      writeFileSync(join(dir, 'pt', 'categories.json'), JSON.stringify({ access_tokens: 'tokens', tokens: 'x' }));
      const problems = problemsOf(() => loadCheckedMailTemplates(dir, plan));
      expect(problems).toEqual([
        `${join(dir, 'pt', 'categories.json')}: "tokens" is not a step id of the deletion plan (ids: ${plan.steps.map((s) => s.id).join(', ')})`,
        `${join(dir, 'pt', 'categories.json')}: no label for plan step "publishing_logs", "error_logs", "publishing_log_mentions", "error_log_mentions", "account"; add one per step id of the deletion plan`,
      ]);
    });

    it('doctor sums it up on one line', () => {
      expect(templatesSummary(DEFAULT_MAIL_TEMPLATES_DIR, plan)).toMatch(/^9 language\(s\) \(de, en, es, fr, it, ja, nl, pt, tr\) in .*templates\/mail, every template renders$/);
      const dir = copyTemplates();
      writeFileSync(join(dir, 'de', 'rejection.txt.hbs'), '{{#each}}');
      expect(() => templatesSummary(dir, plan)).toThrow(/de\/rejection\.txt\.hbs: Parse error/);
    });
  });
});

describe('acknowledgment, needs-info, duplicate-notice and extension templates', () => {
  it('the nine languages with templates are shipped, with all six mails in their own words', () => {
    expect(Object.keys(DIALOGUE).sort()).toEqual([...SHIPPED].sort());
    expect([...templates.languages.keys()].sort()).toEqual([...SHIPPED].sort());
    for (const lang of Object.keys(DIALOGUE)) {
      for (const kind of MAIL_KINDS) expect(languageFor(templates, kind, lang), `${lang} ${kind}`).toBe(lang);
    }
  });

  for (const [lang, reads] of Object.entries(DIALOGUE)) {
    it(`${lang}: the acknowledgment gives the reference, the dates, the account and where the confirmation goes, in text and HTML`, () => {
      const m = renderAcknowledgment(templates, facts, lang);
      expect(m.subject).toBe(`[DR-2026-00042] ${reads.ack}`);
      expect(m.text).toContain(`${reads.yourRef}DR-2026-00042`);
      for (const part of [m.text, visible(m.html)]) {
        for (const fact of ['DR-2026-00042', '2026-11-28', '2026-12-28', '@sunny.days', 'confirm@example.net']) expect(part).toContain(fact);
        expect(part).not.toMatch(/{{|}}|undefined|null/);
      }
      expect(m.html).toContain(`<html lang="${lang}">`);
      expect(m.html).toContain('<strong>DR-2026-00042</strong>');
      // Without a username or a separate confirmation address, neither is made up.
      const bare = renderAcknowledgment(templates, { ...facts, instagramUsername: null, confirmationEmail: null }, lang);
      expect(bare.text).toContain('2026-12-28');
      expect(bare.text).not.toContain('@');
      expect(visible(bare.html)).not.toContain('@');
    });

    it(`${lang}: needs-info asks for the username with a labelled example line, also in English, that the bot reads`, () => {
      const m = renderNeedsInfo(templates, { ...facts, instagramUsername: null }, lang);
      expect(m.subject).toBe(`[DR-2026-00042] ${reads.ask}`);
      for (const part of [m.text, visible(m.html)]) {
        expect(part).toContain('DR-2026-00042');
        expect(part).toContain(reads.example);
        expect(part).toContain('Instagram username: your.handle');
      }
      expect(m.html).toContain(`<html lang="${lang}">`);
      // The mail itself names no username; the requester filling in either example line does.
      expect(findInstagramUsername(visibleText(m.text), m.subject, [])).toBeNull();
      for (const line of [reads.example, 'Instagram username: your.handle']) {
        expect(findInstagramUsername(visibleText(`${line.replace('your.handle', 'anna.b')}
`), `Re: ${m.subject}`, [])).toBe('anna.b');
      }
    });

    it(`${lang}: the duplicate notice gives the open request's reference and the account, nothing about the first sender`, () => {
      const m = renderDuplicateNotice(templates, { reference: 'DR-2026-00007', instagramUsername: 'sunny.days' }, lang);
      expect(m.subject).toBe(`[DR-2026-00007] ${reads.duplicate}`);
      expect(m.text).toContain(`${reads.joinedRef}DR-2026-00007`);
      for (const part of [m.text, visible(m.html)]) {
        expect(part).toContain('@sunny.days');
        expect(part).not.toContain('example.');
      }
      expect(m.html).toContain('<strong>DR-2026-00007</strong>');
      expect(m.html).toContain(`<html lang="${lang}">`);
    });

    it(`${lang}: the extension gives the staff reason, the previous and the new date, in text and HTML`, () => {
      const m = renderExtension(templates, extended, 'We must check <backups> first.', facts.dueAt, lang);
      expect(m.subject).toBe(`[DR-2026-00042] ${reads.extension}`);
      for (const part of [m.text, visible(m.html)]) {
        expect(part).toContain(`${reads.reason}We must check <backups> first.`);
        expect(part).toContain(`${reads.previousDate}2026-12-28`);
        expect(part).toContain(`${reads.newDate}2027-02-28`);
        expect(part).toContain('DR-2026-00042');
      }
      expect(m.html).toContain('We must check &lt;backups&gt; first.');
      expect(m.html).toContain('<strong>2027-02-28</strong>');
      expect(m.html).toContain(`<html lang="${lang}">`);
    });
  }

  it('the English extension names the article of the GDPR that allows it', () => {
    expect(renderExtension(templates, extended, 'Backups.', facts.dueAt, 'en').text).toContain('Article 12(3)');
  });

  it('escapes values in HTML, and only there, in every language', () => {
    const hostile = { ...facts, instagramUsername: 'a<b>', confirmationEmail: '"x"@example.net' };
    for (const lang of Object.keys(DIALOGUE)) {
      const ack = renderAcknowledgment(templates, hostile, lang);
      expect(ack.html).toContain('@a&lt;b&gt;');
      expect(ack.html).toContain('&quot;x&quot;@example.net');
      expect(ack.text).toContain('@a<b>');
      const dup = renderDuplicateNotice(templates, { reference: 'DR-2026-00007', instagramUsername: 'a<b>' }, lang);
      expect(dup.html).toContain('@a&lt;b&gt;');
      expect(dup.html).not.toContain('a<b>');
      const ext = renderExtension(templates, extended, 'Because <script>alert("x")</script> & more', facts.dueAt, lang);
      expect(ext.html).not.toContain('<script>');
      expect(ext.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
      expect(ext.text).toContain('Because <script>alert("x")</script> & more');
    }
  });

  it('falls back to English for a language without templates, and reads "pt-BR" as Portuguese', () => {
    for (const lang of ['ko', 'zh-CN', 'xx', '', null]) {
      expect(renderAcknowledgment(templates, facts, lang).subject).toBe(`[DR-2026-00042] ${DIALOGUE.en!.ack}`);
      expect(renderNeedsInfo(templates, facts, lang).subject).toBe(`[DR-2026-00042] ${DIALOGUE.en!.ask}`);
      expect(renderDuplicateNotice(templates, { reference: 'DR-2026-00007', instagramUsername: 'sunny.days' }, lang).subject).toBe(`[DR-2026-00007] ${DIALOGUE.en!.duplicate}`);
      const ext = renderExtension(templates, extended, 'Backups.', facts.dueAt, lang);
      expect(ext.subject).toBe(`[DR-2026-00042] ${DIALOGUE.en!.extension}`);
      expect(ext.text).toContain('New date: 2027-02-28');
    }
    expect(renderAcknowledgment(templates, facts, 'pt-BR').subject).toBe(`[DR-2026-00042] ${DIALOGUE.pt!.ack}`);
  });

  it('falls back to English per kind: a language without needs-info files still acknowledges in its own words', () => {
    const dir = copyTemplates();
    for (const part of ['subject', 'txt', 'html']) unlinkSync(join(dir, 'it', `needs-info.${part}.hbs`));
    const t = loadCheckedMailTemplates(dir, plan);
    expect(renderNeedsInfo(t, facts, 'it').subject).toBe(`[DR-2026-00042] ${DIALOGUE.en!.ask}`);
    expect(renderAcknowledgment(t, facts, 'it').subject).toBe(`[DR-2026-00042] ${DIALOGUE.it!.ack}`);
  });

  it('edits to the files change the mail', () => {
    const dir = copyTemplates();
    writeFileSync(join(dir, 'nl', 'duplicate-notice.txt.hbs'), 'Zie {{reference}} voor @{{username}}.\n');
    const t = loadCheckedMailTemplates(dir, plan);
    expect(renderDuplicateNotice(t, { reference: 'DR-2026-00007', instagramUsername: 'sunny.days' }, 'nl').text).toBe('Zie DR-2026-00007 voor @sunny.days.\n');
  });

  it('a broken file of these mails stops the start with the file named', () => {
    const dir = copyTemplates();
    writeFileSync(join(dir, 'es', 'acknowledgment.txt.hbs'), 'Hola {{#if username}}\n');
    writeFileSync(join(dir, 'nl', 'extension.html.hbs'), '<p>{{newDat}}</p>\n');
    writeFileSync(join(dir, 'fr', 'needs-info.subject.hbs'), 'Il nous faut votre nom {{username}}\n');
    unlinkSync(join(dir, 'en', 'duplicate-notice.html.hbs'));
    const problems = problemsOf(() => loadCheckedMailTemplates(dir, plan));
    expect(problems).toEqual([
      `${join(dir, 'en', 'duplicate-notice.html.hbs')}: missing; a language provides all of duplicate-notice.subject/txt/html.hbs or none`,
      expect.stringMatching(new RegExp(`^${join(dir, 'es', 'acknowledgment.txt.hbs')}: Parse error on line 2`)),
      `${join(dir, 'fr', 'needs-info.subject.hbs')}: {{username}} at line 1, column 26 is not a placeholder of needs-info mails (see docs/TEMPLATES.md for the list)`,
      `${join(dir, 'nl', 'extension.html.hbs')}: {{newDat}} at line 1, column 6 is not a placeholder of extension mails (see docs/TEMPLATES.md for the list)`,
    ]);
  });
});
