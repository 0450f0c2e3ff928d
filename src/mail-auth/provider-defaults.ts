import type { Config } from '../config/config.js';

export type MailAuthSettings = Config<'mailAuth'>['mailAuth'];
export type OAuthFlow = MailAuthSettings['OAUTH_FLOW'];

/** Where and for what the bot asks for tokens: the provider's defaults unless a setting names others. */
export interface OAuthEndpoints {
  tokenUrl: string;
  deviceUrl: string | null;
  authorizeUrl: string | null;
  scope: string;
}

// Microsoft identity platform v2.0 (learn.microsoft.com: "Authenticate an IMAP, POP or SMTP
// connection using OAuth"): delegated scopes on outlook.office.com, app-only on outlook.office365.com.
const MICROSOFT_DELEGATED_SCOPE = 'offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send';
const MICROSOFT_APP_SCOPE = 'https://outlook.office365.com/.default';
// Google: one scope covers IMAP and SMTP (developers.google.com/gmail/imap/xoauth2-protocol).
const GOOGLE_SCOPE = 'https://mail.google.com/';

function microsoft(tenant: string): Omit<OAuthEndpoints, 'scope'> {
  const base = `https://login.microsoftonline.com/${tenant}/oauth2/v2.0`;
  return { tokenUrl: `${base}/token`, deviceUrl: `${base}/devicecode`, authorizeUrl: `${base}/authorize` };
}

const GOOGLE = {
  tokenUrl: 'https://oauth2.googleapis.com/token',
  // Google's device flow does not grant the Gmail scope: its login uses a loopback redirect.
  deviceUrl: null,
  authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
};

/** The endpoints and scope for these settings (pure). */
export function oauthEndpoints(s: MailAuthSettings): OAuthEndpoints {
  const provider = s.OAUTH_PROVIDER ?? 'generic';
  const defaults =
    provider === 'microsoft' ? microsoft(s.OAUTH_TENANT ?? 'organizations')
      : provider === 'google' ? GOOGLE
        : { tokenUrl: '', deviceUrl: null, authorizeUrl: null };
  const scope =
    provider === 'microsoft' ? (s.OAUTH_FLOW === 'client_credentials' ? MICROSOFT_APP_SCOPE : MICROSOFT_DELEGATED_SCOPE)
      : provider === 'google' ? GOOGLE_SCOPE
        : '';
  return {
    tokenUrl: s.OAUTH_TOKEN_URL ?? defaults.tokenUrl,
    deviceUrl: s.OAUTH_DEVICE_URL ?? defaults.deviceUrl,
    authorizeUrl: s.OAUTH_AUTHORIZE_URL ?? defaults.authorizeUrl,
    scope: s.OAUTH_SCOPE ?? scope,
  };
}
