/** What a person reads off a mail: its reference, its kind, its ids without brackets. */

export const CONTACT = 'contact@pickrtech.com';
export const STAFF = 'staff@pickrtech.com';

export const refOf = (subject: string): string | null => /DR-\d{4}-\d{5}/.exec(subject)?.[0] ?? null;
export const bare = (id: string | null | undefined): string => (id ?? '').replace(/^<|>$/g, '');
/** The acknowledgment's subject in each language the bot writes (templates/mail/<lang>/acknowledgment.subject.hbs). */
export const ACK_SUBJECTS: Record<string, string> = {
  en: 'We received your data deletion request',
  es: 'Hemos recibido su solicitud de eliminación de datos',
  fr: 'Nous avons bien reçu votre demande de suppression de données',
  de: 'Wir haben Ihre Löschanfrage erhalten',
  pt: 'Recebemos sua solicitação de exclusão de dados',
  it: 'Abbiamo ricevuto la tua richiesta di cancellazione dei dati',
  nl: 'We hebben je verzoek om gegevensverwijdering ontvangen',
  tr: 'Veri silme talebinizi aldık',
  ja: 'データ削除のご依頼を承りました',
};
export const isAck = (m: { subject: string }): boolean => Object.values(ACK_SUBJECTS).some((s) => m.subject.endsWith(`] ${s}`));
export const isNotification = (ref: string) => (m: { subject: string }): boolean =>
  m.subject.includes(ref) && /waiting for approval/i.test(m.subject);
