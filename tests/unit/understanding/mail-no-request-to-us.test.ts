/**
 * Mail that asks nothing of us, though it names a deletion: a request written to another company
 * (its name after "service client de", "บริษัท", "แอป"), a vendor's notice about its own service
 * (a cancelled server deleted at the end of the contract, a hosting bill), a job seeker's wish for
 * their CV to go after recruitment or an offer to help with deletion requests. Each is `other`.
 * Real requests that greet PickrTech, mention an invoice or ask for "my data and my CV" still ask.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject: string) => understand(personMail(text, subject), READER_OPTS);

const FAMILY: Array<[string, string, string]> = [
  ['fr', 'Suppression de mon compte', 'Bonjour le service client de Canva,\n\nJe souhaite fermer mon compte Canva et que toutes mes données soient effacées. Mon Instagram @julie.m était connecté à Canva.\n\nMerci, Julie'],
  ['fr', 'compte', 'Bonjour les équipes de Doctolib,\n\nmerci de supprimer mon compte Doctolib et toutes mes données.\n\nCordialement'],
  ['th', 'ขอใช้สิทธิ์ลบข้อมูล', 'เรียน ฝ่ายคุ้มครองข้อมูลส่วนบุคคล บริษัท ฟู้ดดีลิเวอรี่ไทย จำกัด (แอป FoodGo)\n\nดิฉันขอใช้สิทธิ์ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล ขอให้ลบบัญชีผู้ใช้ FoodGo และข้อมูลการสั่งอาหารทั้งหมดของดิฉัน\n\nขอบคุณค่ะ'],
  ['de', 'Rechnung 2026-1207', 'Guten Tag,\n\nanbei Ihre Rechnung 2026-1207 für den Server vps-12.\n\nHinweis: Gekündigte Server werden nach Ablauf der Vertragslaufzeit inklusive aller Daten unwiderruflich gelöscht.\n\nIhr Hostwerk-Team'],
  ['th', 'ใบแจ้งหนี้ค่าโฮสติ้ง', 'เรียนลูกค้า\n\nใบแจ้งหนี้ค่าบริการโฮสติ้งประจำเดือนธันวาคมแนบมาพร้อมนี้ หากไม่ชำระเงินภายในวันที่ 20 บริการจะถูกระงับและข้อมูลทั้งหมดจะถูกลบ\n\nฝ่ายบัญชี'],
  ['hu', 'Számla emlékeztető', 'Tisztelt Ügyfelünk!\n\nA 2026/118 számú számla még nincs kiegyenlítve. Fizetés hiányában a tárhelyet felfüggesztjük, az adatok pedig törlésre kerülnek.\n\nÜdvözlettel: TárhelyKft'],
  ['id', 'Tagihan hosting', 'Halo,\n\nTagihan hosting Anda bulan ini belum dibayar. Jika tidak dibayar sebelum tanggal 20, layanan akan ditangguhkan dan semua data akan dihapus.\n\nTim Billing'],
  ['ro', 'Candidatură dezvoltator', 'Bună ziua,\n\nvă trimit CV-ul meu pentru postul de dezvoltator backend. Dacă nu sunt selectat, vă rog să ștergeți CV-ul după încheierea procesului.\n\nCu stimă, Andrei'],
  ['hi-Latn', 'Support role ke liye', 'Hi team, main customer support role ke liye apply kar rahi hoon. Resume attach hai. Agar aapko support inbox me help chahiye (jaise data deletion requests sort karna), woh bhi kar sakti hoon.\n\nPriya'],
  ['en', 'Application', 'Hello, attached is my resume for the support role. If I am not selected, please delete my CV and application after the process.'],
  ['ja', '請求書のご案内', 'いつもご利用ありがとうございます。\n\n12月分の請求書を送付いたします。お支払期限までにご入金が確認できない場合、サービスを停止し、保存データは削除されます。\n\nクラウドホスト株式会社'],
  ['vi', 'Hóa đơn tháng 12', 'Chào bạn,\n\nHóa đơn dịch vụ hosting tháng 12 chưa thanh toán. Nếu không thanh toán trước ngày 20, dịch vụ sẽ bị tạm ngưng và toàn bộ dữ liệu sẽ bị xóa.\n\nPhòng kế toán'],
  ['el', 'Τιμολόγιο Δεκεμβρίου', 'Καλησπέρα σας,\n\nτο τιμολόγιο Δεκεμβρίου παραμένει απλήρωτο. Σε περίπτωση μη πληρωμής η υπηρεσία θα ανασταλεί και τα δεδομένα θα διαγραφούν.\n\nΤμήμα λογιστηρίου'],
  ['fi', 'Re: [PR-2026-0407] Your data deletion request', 'Hei, tämä oli virhe! Painoin väärää linkkiä. En halua että tietojani poistetaan, käytän sovellusta päivittäin. Perukaa pyyntö.\n\n> We received a request to delete your data. Please reply with your Instagram username.'],
];

const GUARDS: Array<[string, string, string, string]> = [
  ['fr', 'Suppression', 'Bonjour le service client de PickrTech,\n\nmerci de supprimer mon compte et toutes mes données. Mon Instagram : @julie.m', 'julie.m'],
  ['en', 'Delete my data', 'Dear PickrTech team, please delete my data. Instagram: @sam.r', 'sam.r'],
  ['de', 'Löschung', 'Hallo, ich habe meine Rechnung bezahlt, aber bitte löschen Sie jetzt alle meine Daten. Instagram: @lena.k', 'lena.k'],
  ['en', 'Delete', 'I got an invoice from you by mistake. Anyway, please delete my account and data, Instagram @tom.h', 'tom.h'],
  ['en', 'Delete', 'Hi, please delete my data and my CV from your app. My Instagram is @nils.o', 'nils.o'],
  ['ro', 'Ștergere', 'Bună ziua, vă rog să ștergeți datele mele și contul. Instagram: @andrei.p', 'andrei.p'],
  ['th', 'ลบข้อมูล', 'สวัสดีค่ะ ทีม PickrTech ขอให้ลบข้อมูลของดิฉันทั้งหมด อินสตาแกรม @noon.s', 'noon.s'],
];

describe('mail that asks nothing of us is other', () => {
  for (const [lang, subject, text] of FAMILY) {
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      const u = read(text, subject);
      expect(u.kind).toBe('other');
      expect(u.confirmationEmail).toBeNull();
    });
  }
});

describe('requests of ours in the same words are still read', () => {
  for (const [lang, subject, text, handle] of GUARDS) {
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      const u = read(text, subject);
      expect(u.kind).toBe('deletion_request');
      expect(u.instagramUsername).toBe(handle);
    });
  }
});
