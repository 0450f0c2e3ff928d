import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Seals a token for Postgres with AES-256-GCM under OAUTH_TOKEN_KEY: `v1.` + base64url of
 * a fresh 12-byte IV, the 16-byte tag and the ciphertext. The mailbox is bound in as
 * associated data, so a sealed token copied to another mailbox's row does not open.
 */
export function sealToken(key: Buffer, mailbox: string, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(mailbox, 'utf8'));
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The token `sealToken` sealed; throws when the key, the mailbox or the text is not the one it was sealed with. */
export function openToken(key: Buffer, mailbox: string, sealed: string): string {
  if (!sealed.startsWith('v1.')) throw new Error('stored token is not in a known sealed format');
  const raw = Buffer.from(sealed.slice(3), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(mailbox, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('the stored token does not open with OAUTH_TOKEN_KEY: the key changed since it was stored; set the old key back or run deletion-bot oauth login');
  }
}
