import { describe, it, expect } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import type { InboundMail, UnderstandOptions } from '../../../src/understanding/types.js';

const opts: UnderstandOptions = { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] };

function mail(text: string, extra: Partial<InboundMail> = {}): InboundMail {
  return {
    messageId: 'm1@example.com', inReplyTo: [], references: [], subject: 'Hello',
    from: { address: 'alice@example.com', name: 'Alice' }, replyTo: [], to: [], date: null,
    headers: {}, text, html: null, ...extra,
  };
}

describe('understand', () => {
  it('reads a complete request', () => {
    expect(understand(mail('Please delete my data. Instagram username: alice.smith. Confirm to a2@example.com'), opts)).toEqual({
      kind: 'deletion_request',
      instagramUsername: 'alice.smith',
      confirmationEmail: 'a2@example.com',
      confirmationSource: 'explicit',
      statement: 'Please delete my data.',
      missing: [],
      language: 'en',
    });
  });

  it('reads an incomplete request', () => {
    expect(understand(mail('Please delete my data.', { replyTo: [{ address: 'rt@example.com', name: '' }] }), opts)).toEqual({
      kind: 'incomplete_request',
      instagramUsername: null,
      confirmationEmail: 'rt@example.com',
      confirmationSource: 'reply_to',
      statement: 'Please delete my data.',
      missing: ['instagramUsername'],
      language: 'en',
    });
  });

  it('answers other with every field empty', () => {
    expect(understand(mail('Could you resend the invoice? IG: alice_s'), opts)).toEqual({
      kind: 'other', instagramUsername: null, confirmationEmail: null, confirmationSource: null, statement: null, missing: [], language: null,
    });
  });

  it('puts auto-replies first, even from staff or with a request inside', () => {
    const auto = { headers: { 'auto-submitted': ['auto-replied'] } };
    expect(understand(mail('Please delete my data. IG: alice_s', auto), opts).kind).toBe('auto_reply');
    expect(understand(mail('APPROVE', { ...auto, from: { address: 'staff@pickrtech.com', name: '' } }), opts).kind).toBe('auto_reply');
  });

  it('treats mail from staff as a staff reply whatever it says', () => {
    const u = understand(mail('Please delete my data. IG: alice_s', { from: { address: 'Staff@PickrTech.com', name: '' } }), opts);
    expect(u).toEqual({ kind: 'staff_reply', instagramUsername: null, confirmationEmail: null, confirmationSource: null, statement: null, missing: [], language: null });
  });

  it('ignores handles in quoted text and signatures', () => {
    const text = 'Please delete my data.\n\nBest,\nAlice\nFollow us @brand\n\nOn Mon, Mar 2, 2026 at 4:12 PM PickrTech <contact@pickrtech.com> wrote:\n> IG: @quoted';
    expect(understand(mail(text), opts)).toMatchObject({ kind: 'incomplete_request', instagramUsername: null });
  });

  it('uses the statement from the subject when the body has none', () => {
    expect(understand(mail('IG: alice_s', { subject: 'Data deletion request' }), opts)).toMatchObject({
      kind: 'deletion_request', instagramUsername: 'alice_s', statement: 'Data deletion request',
    });
  });

  it('never uses the bot address for confirmation', () => {
    const u = understand(mail('Please delete my data, confirm to contact@pickrtech.com. IG: alice_s', { replyTo: [{ address: 'contact@pickrtech.com', name: '' }] }), opts);
    expect(u).toMatchObject({ confirmationEmail: 'alice@example.com', confirmationSource: 'sender' });
  });

  it('falls back to pickrtech as own handle when none are configured', () => {
    expect(understand(mail('Please delete my data. IG: @pickrtech'), { ...opts, ownHandles: [] }).instagramUsername).toBeNull();
  });

  it.each([
    ['Please delete my data.\n\nThanks,\nPetra Novak\n@petra.novak'],
    ['Please delete my data.\n\n-- \nAlice\nInstagram: @alice_s'],
    ['Please delete my data.\n\nKind regards,\nSam Turner\nTurner & Co | @turnerandco'],
  ])('never takes a handle that is only in the signature: %j', (text) => {
    expect(understand(mail(text), opts)).toMatchObject({ kind: 'incomplete_request', instagramUsername: null, missing: ['instagramUsername'] });
  });

  const languages: Array<[string, string, string, string]> = [
    ['it', 'Buongiorno, vorrei che cancellaste tutti i miei dati. Il mio nome utente Instagram è @marco.rossi.', 'marco.rossi', 'Buongiorno, vorrei che cancellaste tutti i miei dati.'],
    ['nl', 'Beste, graag wil ik dat u al mijn gegevens verwijdert.\nGebruikersnaam: sanne.devries', 'sanne.devries', 'Beste, graag wil ik dat u al mijn gegevens verwijdert.'],
    ['tr', 'Merhaba, verilerimin silinmesini talep ediyorum.\nKullanıcı adı: ayse.kaya', 'ayse.kaya', 'Merhaba, verilerimin silinmesini talep ediyorum.'],
    ['ja', 'Instagramのデータを削除してください。ユーザー名：hanako_t', 'hanako_t', 'Instagramのデータを削除してください。'],
    ['es', 'Hola, por favor borren mis datos. Mi usuario de Instagram es @lucia.f', 'lucia.f', 'Hola, por favor borren mis datos.'],
    ['fr', 'Bonjour, je souhaite supprimer mes données. Nom d’utilisateur : @lucie.m', 'lucie.m', 'Bonjour, je souhaite supprimer mes données.'],
    ['de', 'Hallo, bitte löschen Sie meine Daten. Benutzername: jonas_w', 'jonas_w', 'Hallo, bitte löschen Sie meine Daten.'],
    ['pt', 'Olá, quero excluir meus dados. Meu Instagram é @joao.p', 'joao.p', 'Olá, quero excluir meus dados.'],
  ];
  it.each(languages)('reads a request written in %s', (language, text, username, statement) => {
    expect(understand(mail(text), opts)).toMatchObject({ kind: 'deletion_request', instagramUsername: username, statement, language });
  });

  it.each([
    ['Come posso cancellare un post programmato?'],
    ['Hoe lang duurt het voordat mijn gegevens verwijderd worden?'],
    ['Planlanmış bir gönderiyi nasıl silebilirim?'],
    ['予約投稿を削除するにはどうすればいいですか？'],
    ['Facebookのアカウントを削除してください。'],
    ['Per favore non cancellate ancora i miei dati.'],
    ['Verwijder mijn gegevens nog niet.'],
    ['Lütfen verilerimi silmeyin.'],
    ['まだデータを削除しないでください。'],
  ])('treats %j as other', (text) => {
    expect(understand(mail(text), opts).kind).toBe('other');
  });

  it('lets the body veto a terse subject that it contradicts', () => {
    expect(understand(mail('Facebookのアカウントを削除してください。', { subject: 'アカウント削除' }), opts).kind).toBe('other');
    expect(understand(mail('Please delete my Facebook account.', { subject: 'Please delete my account' }), opts).kind).toBe('other');
    expect(understand(mail('How long does deletion take?', { subject: 'Data deletion' }), opts).kind).toBe('other');
  });

  it('reads a request forwarded by someone else, confirming to the forwarder', () => {
    const text = 'My mother asked me to send this on.\n\n---------- Forwarded message ---------\nFrom: Rosa <rosa@example.com>\nDate: Sun, Mar 1, 2026\nSubject: x\nTo: <me@example.com>\n\nPlease delete all my data. My instagram is rosa_m_1955';
    expect(understand(mail(text, { subject: 'Fwd: x' }), opts)).toMatchObject({
      kind: 'deletion_request', instagramUsername: 'rosa_m_1955', confirmationEmail: 'alice@example.com', confirmationSource: 'sender',
    });
  });

  it('reads a request forwarded by Outlook with an Original Message block', () => {
    const text = 'FYI\n\n-----Original Message-----\nFrom: Irene <irene@example.com>\nSent: Tuesday\nTo: info@example.com\nSubject: x\n\nPlease delete my data, account irene.n. Please confirm to irene@example.com.';
    expect(understand(mail(text, { subject: 'FW: x' }), opts)).toMatchObject({
      kind: 'deletion_request', instagramUsername: 'irene.n', confirmationEmail: 'irene@example.com', confirmationSource: 'explicit',
    });
    // The same block under a reply subject is quoted earlier mail.
    expect(understand(mail(text, { subject: 'RE: x' }), opts).kind).toBe('other');
  });

  it('finds a confirmation address written before the verb (Turkish, Japanese)', () => {
    expect(understand(mail('Verilerimi silin. Kullanıcı adım: ayse.k\nayse.onay@example.com adresine bilgi verin.'), opts)).toMatchObject({
      confirmationEmail: 'ayse.onay@example.com', confirmationSource: 'explicit',
    });
    expect(understand(mail('データを削除してください。ユーザー名：hanako_t\n完了したら hanako@example.jpまでご連絡ください。'), opts)).toMatchObject({
      confirmationEmail: 'hanako@example.jp', confirmationSource: 'explicit',
    });
  });
});
