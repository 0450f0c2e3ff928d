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

describe('the address a person calls their own, and the one they say is old', () => {
  it.each([
    ['Mój prywatny adres to ania.p@example.org', 'ania.p@example.org'],
    ['Мой личный адрес: petr.l@example.org', 'petr.l@example.org'],
    ['Моя особиста адреса: olena@example.org', 'olena@example.org'],
    ['Min privata adress är lars.e@example.org', 'lars.e@example.org'],
    ['Mijn privé-adres is bas@example.org', 'bas@example.org'],
    ['La mia PEC è mario@pec.example.org', 'mario@pec.example.org'],
    ['המייל הפרטי שלי הוא dani@example.org', 'dani@example.org'],
    // The place and the ask after the address: Korean, Hindi, Persian.
    ['minsu@example.org 로 회신 부탁드립니다', 'minsu@example.org'],
    ['कृपया ravi@example.org पर जवाब दें', 'ravi@example.org'],
    ['لطفاً به nima@example.org پاسخ دهید', 'nima@example.org'],
  ])('%s', (text, address) => {
    expect(at(text)).toMatchObject({ address, source: 'explicit' });
  });

  it.each([
    ['Konto było na moim starym adresie stary.k@example.org, proszę o potwierdzenie na adres nowy.k@example.org', 'nowy.k@example.org'],
    ['Аккаунт был на моём старом e-mail old.v@example.org. Ответ пришлите на почту new.v@example.org', 'new.v@example.org'],
    ['Kontot var kopplat till min gamla adress gamla@example.org; skicka bekräftelsen till nya@example.org', 'nya@example.org'],
    ['A conta usava o meu e-mail antigo velho@example.org. Enviem a confirmação para novo@example.org', 'novo@example.org'],
  ])('%s', (text, address) => {
    expect(at(text)).toMatchObject({ address, source: 'explicit' });
  });

  it('an address the person calls their own ranks below one they ask to be written to', () => {
    expect(at('Mój służbowy e-mail to praca@example.org, ale potwierdzenie proszę wysłać na adres dom@example.org')).toMatchObject({
      address: 'dom@example.org',
    });
  });
});

describe('an address written against the words of a script without Latin letters', () => {
  it.each([
    ['확인 메일은 jihye@example.org으로 보내주세요', 'jihye@example.org'],
    ['hyun@example.org로 회신 부탁드립니다', 'hyun@example.org'],
    ['กรุณาตอบกลับที่ploy@example.orgค่ะ', 'ploy@example.org'],
    ['נא לשלוח אישור לכתובת avi@example.orgתודה', 'avi@example.org'],
  ])('%s', (text, address) => {
    expect(at(text)).toMatchObject({ address, source: 'explicit' });
  });

  it('a Latin letter still continues it', () => {
    expect(at('Potwierdzenie proszę wysłać na adres ąkasia@example.org')).toMatchObject({ source: 'sender' });
  });
});

describe('asking to be contacted or told there, in formal letters', () => {
  it.each([
    ['Prośba o kontakt zwrotny pod adresem marta.w@example.org', 'marta.w@example.org'],
    ['Kvittens på raderingen önskas till per.a@example.org', 'per.a@example.org'],
    ['Vă rog să mă informați la adresa elena.d@example.org', 'elena.d@example.org'],
    ['אנא עדכנו אותי בכתובת tamar@example.org', 'tamar@example.org'],
    ['Kontaktujte mě prosím na pavel.k@example.org', 'pavel.k@example.org'],
    ['Уведомление об удалении прошу направить по адресу sergey@example.org', 'sergey@example.org'],
    ['Kérem, értesítsenek a laszlo@example.org e-mail-címen', 'laszlo@example.org'],
    ['处理结果请发到我的邮箱 hua@example.org', 'hua@example.org'],
  ])('%s', (text, address) => {
    expect(at(text)).toMatchObject({ address, source: 'explicit' });
  });
});
