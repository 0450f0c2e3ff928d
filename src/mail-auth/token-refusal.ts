/**
 * Whether a server's words (an IMAP BYE or NO, an SMTP reply) say the token ended or was
 * refused, e.g. Exchange Online's `* BYE Session invalidated - AccessTokenExpired` (pure;
 * indexOf over the lower-cased text, linear in its length).
 */
export function isTokenRefusal(text: string): boolean {
  const t = text.toLowerCase();
  return ['accesstokenexpired', 'token expired', 'token has expired', 'invalid token', 'authenticationfailed'].some((w) => t.includes(w));
}
