/**
 * "Please delete my data, but do not delete my Instagram account itself": the person asks us to
 * erase their data and, after a "but", spares only what is not ours to delete (the Instagram
 * account, their posts on Instagram). The negation of that clause refuses nothing: the mail is a
 * request for their handle, in every language. A "but" that delays, an "account" that may be
 * ours, a refusal of the data itself, and two handles keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'Data'), READER_OPTS);

describe('a request that spares the Instagram account itself is a request', () => {
  it.each([
    ['en', 'Please delete my data, my Instagram is @jo.k_22, but do not delete my Instagram account itself.'],
    ['en', 'pls delete my data but dont delete my insta lol its @jo.k_22'],
    ['en', 'Please delete my data @jo.k_22, but do not delete my Instagram account itself'],
    ['en', 'Please delete my data (@jo.k_22) but please don\'t delete my posts on Instagram'],
    ['de', 'Bitte löschen Sie meine Daten, aber nicht mein Instagram-Konto selbst. Mein Instagram ist @jo.k_22'],
    ['fr', 'Supprimez mes données mais ne supprimez pas mon compte Instagram. Mon insta: @jo.k_22'],
    ['es', 'Borren mis datos pero no borren mi cuenta de Instagram. Mi usuario es @jo.k_22'],
    ['it', 'Cancellate i miei dati ma non il mio account Instagram. Il mio profilo è @jo.k_22'],
    ['nl', 'Verwijder mijn gegevens maar niet mijn Instagram-account zelf. Mijn instagram is @jo.k_22'],
    ['pt', 'Apaguem meus dados mas não apaguem minha conta do Instagram. Meu insta é @jo.k_22'],
    ['pl', 'Usuńcie moje dane, ale nie usuwajcie mojego konta na Instagramie. Mój instagram: @jo.k_22'],
    ['ru', 'Удалите мои данные, но не удаляйте сам аккаунт в Instagram. Мой инстаграм @jo.k_22'],
    ['uk', 'Видаліть мої дані, але не видаляйте мій акаунт в Instagram. Мій інстаграм @jo.k_22'],
    ['tr', 'Verilerimi silin ama Instagram hesabımı silmeyin. Instagram kullanıcı adım @jo.k_22'],
    ['cs', 'Smažte moje data, ale nemažte můj účet na Instagramu. Můj instagram je @jo.k_22'],
    ['sv', 'Hej, radera mina uppgifter men radera inte mitt Instagramkonto. Mitt insta är @jo.k_22'],
    ['id', 'Tolong hapus data saya tapi jangan hapus akun Instagram saya ya. ig saya @jo.k_22'],
    ['ja', 'データを削除してほしいけど、インスタのアカウント自体は消さないでください。インスタは@jo.k_22です'],
  ])('%s: %s', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('jo.k_22');
  });
});

describe('guards: a "but" that does not only spare Instagram keeps its reading', () => {
  it.each([
    ['not yet', 'Please delete my data, but not yet. My Instagram is @jo.k_22', 'other'],
    ['wait', 'Please delete my data, but wait until I tell you. My Instagram is @jo.k_22', 'deletion_request'],
    ['whose account', "Please delete my data, but don't delete my account. My Instagram is @jo.k_22", 'other'],
    ['whose account, handle after', "Please delete my data, but don't delete my account, my Instagram is @jo.k_22", 'other'],
    ['refuses the data', "Don't delete my data, but delete my Instagram account @jo.k_22", 'other'],
    ['alone', "I don't want my Instagram deleted. @jo.k_22", 'other'],
    ['two handles', "Delete @aa.bb but don't delete @cc.dd", 'other'],
    ['two handles, Instagram named', "Delete my data for @aa.bb but don't delete my Instagram @cc.dd", 'other'],
    ['data on Instagram', "Please delete my data but don't delete my data on Instagram @jo.k_22", 'other'],
    ['de not now', 'Bitte löscht meine Daten aber nicht jetzt, mein Instagram ist @jo.k_22', 'other'],
    ['pl account', 'Usuńcie moje dane, ale nie usuwajcie konta. Mój instagram: @jo.k_22', 'other'],
  ])('%s', (_name, text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});
