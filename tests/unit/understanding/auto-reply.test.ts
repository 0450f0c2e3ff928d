import { describe, it, expect } from 'vitest';
import { isAutoReply, autoReplyReason } from '../../../src/understanding/auto-reply.js';
import type { InboundMail } from '../../../src/understanding/types.js';

function mail(headers: Record<string, string>, subject = 'Hello', from = 'alice@example.com'): InboundMail {
  return {
    messageId: 'm@x',
    inReplyTo: [],
    references: [],
    subject,
    from: { address: from, name: '' },
    replyTo: [],
    to: [{ address: 'contact@pickrtech.com', name: '' }],
    date: null,
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    text: 'Please delete my data.',
    html: null,
  };
}

describe('isAutoReply', () => {
  const machine: Array<[string, Record<string, string>, string?, string?]> = [
    ['Auto-Submitted: auto-replied', { 'auto-submitted': 'auto-replied' }],
    ['Auto-Submitted: auto-generated', { 'auto-submitted': 'auto-generated' }],
    ['Auto-Submitted: auto-notified', { 'auto-submitted': 'auto-notified; owner-email="x@y"' }],
    ['Precedence: bulk', { precedence: 'bulk' }],
    ['Precedence: junk', { precedence: 'junk' }],
    ['Precedence: list', { precedence: 'List' }],
    ['Precedence: auto_reply', { precedence: 'auto_reply' }],
    ['List-Id', { 'list-id': '<news.example.org>' }],
    ['List-Unsubscribe', { 'list-unsubscribe': '<mailto:u@example.org>' }],
    ['X-Autoreply', { 'x-autoreply': 'yes' }],
    ['X-Autorespond', { 'x-autorespond': 'vacation' }],
    ['empty Return-Path', { 'return-path': '' }],
    ['empty Return-Path <>', { 'return-path': '<>' }],
    ['multipart/report', { 'content-type': 'multipart/report; report-type=delivery-status' }],
    ['mailer-daemon', {}, 'Hello', 'MAILER-DAEMON@mx.example.net'.toLowerCase()],
    ['postmaster', {}, 'Hello', 'postmaster@example.net'],
    ['Out of Office subject', {}, 'Out of Office: your request'],
    ['Automatic reply subject', {}, 'Automatic reply: Data deletion'],
    ['Auto: subject', {}, 'Auto: I am away'],
    ['Abwesenheitsnotiz', {}, 'Abwesenheitsnotiz: Löschung'],
    ['Réponse automatique', {}, 'Réponse automatique : votre demande'],
    ['Respuesta automática', {}, 'Respuesta automática: Solicitud'],
    ['Undeliverable', {}, 'Undeliverable: Please delete my data'],
    ['Delivery Status Notification', {}, 'Delivery Status Notification (Failure)'],
    ['Mail delivery failed', {}, 'Mail delivery failed: returning message to sender'],
  ];
  it.each(machine)('recognises %s', (_name, headers, subject, from) => {
    expect(isAutoReply(mail(headers, subject, from))).toBe(true);
  });

  const human: Array<[string, Record<string, string>, string?]> = [
    ['Auto-Submitted: no', { 'auto-submitted': 'no' }],
    ['X-Auto-Response-Suppress is a request to others', { 'x-auto-response-suppress': 'All' }],
    ['Precedence: normal', { precedence: 'normal' }],
    ['normal Return-Path', { 'return-path': '<alice@example.com>' }],
    ['multipart/alternative', { 'content-type': 'multipart/alternative; boundary=x' }],
    ['ordinary subject', {}, 'Please delete my data'],
    ['subject mentioning office later', {}, 'Delete my data before I am out of office'],
    ['reply subject', {}, 'Re: Your data deletion request'],
  ];
  it.each(human)('does not flag %s', (_name, headers, subject) => {
    expect(isAutoReply(mail(headers, subject))).toBe(false);
    expect(autoReplyReason(mail(headers, subject))).toBeNull();
  });
});

describe('isAutoReply subjects in brackets', () => {
  it.each(['[Auto-Reply] Re: your request', '(Out of Office) back Monday', 'Message delivery failure'])('recognises %j', (subject) => {
    expect(isAutoReply(mail({}, subject))).toBe(true);
  });
});

describe('out-of-office and delivery subjects in the nine languages', () => {
  it.each([
    'Out of Office: Data deletion',
    'Automatic reply: Please delete my data',
    "I'm away until Monday",
    'Respuesta automática: Solicitud de eliminación',
    'Fuera de la oficina: datos',
    'Réponse automatique : Demande de suppression',
    "Message d'absence",
    'Absent du bureau',
    'Abwesend: Ihre Löschanfrage',
    'Automatische Antwort: Löschung',
    'Nicht im Büro: Anfrage',
    'Resposta automática: Exclusão de dados',
    'Ausente do escritório',
    'Risposta automatica: Richiesta cancellazione dati',
    "Fuori ufficio fino al 10 marzo",
    "Assente dall'ufficio",
    'Automatisch antwoord: Verzoek tot verwijdering',
    'Afwezig: gegevens',
    'Afwezigheidsmelding',
    'Otomatik yanıt: Veri silme talebi',
    'Otomatik cevap',
    'Ofis dışında',
    '自動返信: データ削除のお願い',
    '【自動返信】Re: データ削除のお願い',
    '不在通知',
    '配信不能: データ削除',
  ])('recognises %j', (subject) => {
    expect(autoReplyReason(mail({}, subject))).toBe('subject');
  });

  it.each([
    'Richiesta cancellazione dati',
    'Verzoek tot verwijdering van mijn gegevens',
    'Veri silme talebi',
    'データ削除のお願い',
    'Re: Risposta alla tua domanda',
    'Please delete my data while I am away from the office',
  ])('does not flag %j', (subject) => {
    expect(isAutoReply(mail({}, subject))).toBe(false);
  });
});

describe('out-of-office and delivery subjects in every language of the packs', () => {
  it.each([
    'Automatyczna odpowiedź: Usunięcie danych',
    'Автоматический ответ: Re: удаление данных',
    'Автоматична відповідь: запит',
    'رد تلقائي: طلب حذف',
    'תשובה אוטומטית: בקשה',
    '自动回复：删除数据',
    '자동 회신: 데이터 삭제',
    'Balasan otomatis: Hapus data',
    'Trả lời tự động: Xóa dữ liệu',
    'Autosvar: Radera mina uppgifter',
    'Automatická odpověď: Smazání údajů',
    'Răspuns automat: ștergere date',
    'Αυτόματη απάντηση: Διαγραφή',
    'ตอบกลับอัตโนมัติ: ลบข้อมูล',
    'स्वचालित उत्तर: डेटा हटाएं',
    'پاسخ خودکار: حذف اطلاعات',
    'Automatisk svar: Slet mine data',
    'Automaattinen vastaus: Tietojen poisto',
    'Automatikus válasz: Adatok törlése',
  ])('recognises %j', (subject) => {
    expect(autoReplyReason(mail({}, subject))).toBe('subject');
  });

  it.each([
    'Absence of any reply to my deletion request',
    'Abwesenden Kunden: bitte Daten löschen',
    'Prośba o usunięcie danych',
    'Удалите мои данные',
    '删除我的数据',
    'Ferie er slut, slet min konto',
  ])('does not flag a person\'s subject %j', (subject) => {
    expect(isAutoReply(mail({}, subject))).toBe(false);
  });
});
