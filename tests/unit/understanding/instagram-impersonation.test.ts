/**
 * Phishing that impersonates Instagram or Meta and threatens our own account: a sender named
 * "Instagram", "Meta" or "Facebook" from an address that is none of theirs, or an address that
 * imitates theirs ("lnstagram-soporte.com", "instagram-help-center.com", "verificacion.meta2025@gmail.com"),
 * or a mail that greets our own handle ("Estimado usuario @pickrtech") and threatens to delete
 * the account unless it is verified. Such mail asks nothing of us: `other`. A person whose name
 * or address mentions Instagram another way, or who greets us by our handle to ask for their
 * own data, is read as usual.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import type { MailAddress } from '../../../src/understanding/types.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

interface Case {
  lang: string;
  name: string;
  from: string;
  text: string;
  replyTo?: MailAddress[];
}

const PHISHING: Case[] = [
  {
    lang: 'es', name: 'Instagram Soporte', from: 'no-reply@lnstagram-soporte.com',
    text: 'Estimado usuario @pickrtech,\n\nHemos recibido una denuncia por infracción de derechos de autor en una de sus publicaciones. Si no verifica su cuenta en las próximas 24 horas, su cuenta y todos sus datos serán eliminados de forma permanente.\n\nVerificar cuenta: https://lnstagram-soporte.com/verify\n\nEquipo de Instagram',
  },
  {
    lang: 'es', name: 'Meta', from: 'verificacion.meta2025@gmail.com',
    text: 'Estimado usuario @pickrtech: su cuenta infringe nuestras normas comunitarias. Para evitar que su cuenta sea eliminada, verifique su identidad dentro de 24 horas.\n\n[Verificar cuenta]',
  },
  {
    lang: 'es', name: 'Centro de avisos', from: 'avisos@notificaciones-cuenta.example',
    text: 'Estimado usuario @pickrtech,\nsu cuenta será suspendida y eliminada por incumplir las políticas de derechos de autor. Verifique su cuenta en 24 horas para evitar la eliminación.\n\nVerificar cuenta',
  },
  {
    lang: 'ru', name: 'Instagram', from: 'security@instagram-help-center.com',
    text: 'Уважаемый владелец аккаунта @pickrtech!\n\nВаш аккаунт нарушает правила об авторских правах. Если вы не подтвердите аккаунт в течение 24 часов, аккаунт будет удален без возможности восстановления.\n\nПодтвердить аккаунт: https://instagram-help-center.com/confirm',
  },
  {
    lang: 'ru', name: 'Служба безопасности', from: 'info@akkaunt-centr.example',
    text: 'Уважаемый владелец аккаунта @pickrtech, ваш аккаунт и все данные будут удалены через 24 часа за нарушение авторских прав. Чтобы сохранить аккаунт, пройдите верификацию по ссылке ниже.\n\nВерифицировать аккаунт',
  },
  {
    lang: 'en', name: 'Instagram Support', from: 'support@instagrarn.com',
    text: 'Dear @pickrtech,\n\nWe have received a copyright complaint about your account. Your account will be permanently deleted within 24 hours unless you verify your account.\n\n[Verify account]\n\nInstagram Support Team',
  },
  {
    lang: 'en', name: 'Account Services', from: 'notice@policy-review.example',
    text: 'Dear @pickrtech, your account has been reported for violating our community guidelines and will be suspended and deleted with all its data within 24 hours. To keep it, verify your account here.\n\nVerify account',
  },
  {
    lang: 'en', name: 'Notifications', from: 'alerts@notice-mailer.example',
    replyTo: [{ address: 'instagram.help.desk@outlook.com', name: 'Instagram' }],
    text: 'Hello,\n\nyour account will be removed in 24 hours because of a copyright report. Reply to this mail to keep your account.',
  },
  {
    lang: 'de', name: 'Meta', from: 'hilfe@meta-business-support.net',
    text: 'Sehr geehrter Inhaber des Kontos @pickrtech,\n\nIhr Konto und alle Daten werden wegen einer Urheberrechtsverletzung in 24 Stunden gelöscht, wenn Sie Ihr Konto nicht verifizieren.\n\nKonto verifizieren',
  },
  {
    lang: 'fr', name: 'Centre de conformité', from: 'alerte@centre-conformite.example',
    text: 'Cher @pickrtech,\n\nvotre compte sera supprimé définitivement dans les 24 heures pour violation des droits d\'auteur. Vérifiez votre compte pour éviter la suppression.\n\nVérifier le compte',
  },
  {
    lang: 'it', name: 'Instagram', from: 'assistenza@instagram-sicurezza.com',
    text: 'Gentile @pickrtech,\n\nil suo account verrà eliminato entro 24 ore per violazione del copyright. Verifichi il suo account per evitare la cancellazione.\n\nVerifica account',
  },
  {
    lang: 'pt', name: 'Facebook', from: 'meta.verificacao.suporte@outlook.com',
    text: 'Prezado usuário @pickrtech,\n\nsua conta será excluída em 24 horas por violação de direitos autorais. Verifique sua conta para evitar a exclusão.\n\nVerificar conta',
  },
  {
    lang: 'tr', name: 'Instagram Destek', from: 'destek@instagram-destek.com',
    text: 'Sayın @pickrtech kullanıcısı,\n\nhesabınız telif hakkı ihlali nedeniyle 24 saat içinde silinecektir. Hesabınızı doğrulamazsanız tüm verileriniz kalıcı olarak silinecek.\n\nHesabı doğrula',
  },
  {
    lang: 'pl', name: 'Centrum pomocy', from: 'powiadomienia@centrum-kont.example',
    text: 'Szanowny użytkowniku @pickrtech,\n\nTwoje konto zostanie usunięte w ciągu 24 godzin z powodu naruszenia praw autorskich. Zweryfikuj konto, aby uniknąć usunięcia.\n\nZweryfikuj konto',
  },
  {
    lang: 'ar', name: 'Instagram', from: 'support@1nstagram.com',
    text: 'عزيزي @pickrtech،\n\nسيتم حذف حسابك وجميع بياناتك خلال 24 ساعة بسبب انتهاك حقوق النشر. يرجى التحقق من حسابك لتجنب الحذف.\n\nتحقق من الحساب',
  },
  {
    lang: 'ja', name: 'Instagramサポート', from: 'no-reply@instagram-support-jp.com',
    text: '@pickrtech 様\n\nお客様のアカウントは著作権侵害の報告により、24時間以内に削除されます。アカウントを認証しない場合、すべてのデータが完全に削除されます。\n\nアカウントを認証する',
  },
  {
    lang: 'id', name: 'Pusat Bantuan', from: 'info@pusat-bantuan-akun.example',
    text: 'Yth. @pickrtech,\n\nakun Anda akan dihapus dalam 24 jam karena pelanggaran hak cipta. Segera verifikasi akun Anda agar tidak dihapus.\n\nVerifikasi akun',
  },
  {
    lang: 'vi', name: 'Meta Support', from: 'hotro@meta-support-vn.com',
    text: 'Kính gửi @pickrtech,\n\ntài khoản của bạn sẽ bị xóa vĩnh viễn trong vòng 24 giờ do vi phạm bản quyền. Vui lòng xác minh tài khoản để tránh bị xóa.\n\nXác minh tài khoản',
  },
  {
    lang: 'th', name: 'Instagram', from: 'verify@instagram-security.net',
    text: 'เรียน @pickrtech\n\nบัญชีของคุณจะถูกลบภายใน 24 ชั่วโมง เนื่องจากละเมิดลิขสิทธิ์ กรุณายืนยันบัญชีของคุณเพื่อหลีกเลี่ยงการลบ\n\nยืนยันบัญชี',
  },
];

const readWithEvidence = (c: Case) =>
  understandWithEvidence(personMail(c.text, 'Aviso / Notice', { from: c.from, name: c.name, replyTo: c.replyTo ?? [] }), READER_OPTS);
const read = (c: Case) => readWithEvidence(c).understanding;
/** The rules that read such mail: the sender impersonates Instagram, or the mail threatens our own account. */
const PHISHING_RULES = ['other.impersonates-instagram', 'other.threatens-own-account'];

describe('phishing that impersonates Instagram or Meta and threatens our account', () => {
  it.each(PHISHING.map((c) => [c.lang, `${c.name} <${c.from}>`, c] as const))('%s: %s is no request', (_lang, _sender, c) => {
    const { understanding: u, evidence: e } = readWithEvidence(c);
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
    expect(PHISHING_RULES).toContain(e.kind.rule);
  });
});

const PEOPLE: Case[] = [
  {
    lang: 'es', name: 'Ana (Instagram: @ana.k)', from: 'ana.k@gmail.com',
    text: 'Hola, por favor borren todos mis datos de su aplicación. Mi usuario de Instagram: @ana.k',
  },
  {
    lang: 'de', name: 'Insta Shop Lena', from: 'insta.shop.lena@gmail.com',
    text: 'Hallo, bitte löschen Sie alle meine Daten aus Ihrer App. Mein Instagram: @insta.shop.lena',
  },
  {
    lang: 'es', name: 'Marta', from: 'marta.r@example.es',
    text: 'Hola @pickrtech, por favor borren mis datos de la aplicación. Mi usuario: @marta.r',
  },
  {
    lang: 'de', name: 'Meta Schmidt', from: 'meta.schmidt@gmail.com',
    text: 'Guten Tag, bitte löschen Sie alle meine Daten. Mein Instagram-Name: @meta.schmidt',
  },
  {
    lang: 'en', name: 'Lena Instagram Coach', from: 'lena@instagram-coaching.example',
    text: 'Hi, please delete all my data from your app. My Instagram: @lena.coach',
  },
  {
    lang: 'en', name: 'Tom', from: 'tom.b@example.co.uk',
    text: 'Dear @pickrtech team, please delete my account data from your app and verify when it is done. My handle: @tom.b_88',
  },
];

describe('a person whose name or address mentions Instagram, or who greets us by our handle', () => {
  it.each(PEOPLE.map((c) => [c.lang, `${c.name} <${c.from}>`, c] as const))('%s: %s asks for their data', (_lang, _sender, c) => {
    expect(read(c).kind).toBe('deletion_request');
  });
});
