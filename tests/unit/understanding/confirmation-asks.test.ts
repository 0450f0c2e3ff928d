/**
 * An address the person names for the outcome, in the words of each language pack: a word
 * asking to be told ("potwierdzenie", "сообщить", "bekräfta", "确认") anywhere on the line, and a
 * word naming the place ("na adres", "по почте", "till", "至", "به آدرس") right before the address.
 */
import { describe, expect, it } from 'vitest';
import { findConfirmationAddress } from '../../../src/understanding/confirmation-address.js';
import type { InboundMail } from '../../../src/understanding/types.js';

const mail: InboundMail = {
  messageId: null, inReplyTo: [], references: [], subject: '', date: null, headers: {}, text: '', html: null,
  from: { address: 'sender@example.net', name: '' }, replyTo: [], to: [],
};
const at = (text: string) => findConfirmationAddress(mail, text, 'contact@pickrtech.com');

describe('the address a person names for the outcome, in each language', () => {
  it.each([
    ['Potwierdzenie wykonania proszę przesłać na adres: ewa.private@example.org', 'ewa.private@example.org'],
    ['Ответ о выполнении прошу направить на почту nina.home@example.org', 'nina.home@example.org'],
    ['Прошу повідомити про результат на адресу ostap@example.org.', 'ostap@example.org'],
    ["Vi prego di darmi riscontro all'indirizzo PEC: studio.rossi@example.org", 'studio.rossi@example.org'],
    ['Peço que a confirmação seja enviada para o endereço joana.casa@example.org.', 'joana.casa@example.org'],
    ['Hälsningar. Skicka gärna en bekräftelse till nils.privat@example.org', 'nils.privat@example.org'],
    ['Send venligst bekræftelsen til sofie.hjem@example.org', 'sofie.hjem@example.org'],
    ['Prosím o potvrzení výmazu na e-mail tereza.domu@example.org', 'tereza.domu@example.org'],
    ['Vă rog să trimiteți confirmarea la adresa mihai.personal@example.org', 'mihai.personal@example.org'],
    ['Παρακαλώ στείλτε την επιβεβαίωση στη διεύθυνση giorgos.home@example.org', 'giorgos.home@example.org'],
    ['Kérem, a visszaigazolást a gabor.otthon@example.org címre küldjék.', 'gabor.otthon@example.org'],
    ['Pyydän vahvistuksen osoitteeseen liisa.koti@example.org', 'liisa.koti@example.org'],
    ['请将删除结果发送至：wei.home@example.org', 'wei.home@example.org'],
    ['Mohon kirim konfirmasi ke alamat rina.pribadi@example.org', 'rina.pribadi@example.org'],
    ['Vui lòng gửi xác nhận về địa chỉ minh.rieng@example.org', 'minh.rieng@example.org'],
    ['يرجى إرسال تأكيد الحذف إلى: yousef.home@example.org', 'yousef.home@example.org'],
    ['لطفاً تأیید را به آدرس parisa.home@example.org بفرستید.', 'parisa.home@example.org'],
    ['את האישור נא לשלוח לכתובת: yael.home@example.org', 'yael.home@example.org'],
    ['कृपया पुष्टि का ईमेल इस पते पर भेजें: rakesh.ghar@example.org', 'rakesh.ghar@example.org'],
    ['Confirmation iss mail pe bhejna: karan.personal@example.org', 'karan.personal@example.org'],
  ])('%s', (text, address) => {
    expect(at(text)).toMatchObject({ address, source: 'explicit' });
  });

  it.each([
    // The place without anything asked, or an address that is someone else's.
    'Moja firma ma adres na ulicy, pisałem z adresu stary@example.org',
    'Hälsningar från nils@example.org',
    'Мой коллега на почте kolya@example.org',
  ])('%s: the sender', (text) => {
    expect(at(text)).toMatchObject({ address: 'sender@example.net', source: 'sender' });
  });
});
