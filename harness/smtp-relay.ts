// An SMTP endpoint for the bot's outgoing mail that hands every message to the test
// Dovecot by LMTP, so each reply lands in its recipient's IMAP mailbox. Recipients are
// checked against LMTP at RCPT TO, so a refused address is refused with LMTP's own code
// (5xx stays permanent, 4xx temporary) and the sender sees it as it would from a real MTA.
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { Dovecot } from './dovecot.js';
import { probeLmtpRecipient } from './lmtp-probe.js';
import { freePort } from './ports.js';

export interface RelayedMessage {
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

export interface SmtpRelay {
  port: number;
  /** Every message accepted and handed over to Dovecot, oldest first. */
  messages: RelayedMessage[];
  /** From now on every mail transaction is answered `code` (421: try later; 5xx: refused) until set back to null. */
  refuseAll(code: number | null): void;
  /** From now on RCPT TO `address` is answered `code` (e.g. 550) until set back to null. */
  refuseRecipient(address: string, code: number | null): void;
  /** Transactions and recipients refused on purpose so far. */
  refusals: { code: number; recipient: string | null }[];
  /** XOAUTH2 logins tried, oldest first (with the `oauth` option). */
  authentications: { user: string; ok: boolean }[];
  stop(): Promise<void>;
}

export interface RelayOAuth {
  /** Bearer tokens are checked here (RFC 7662), as Dovecot checks them for IMAP. */
  introspectionUrl: string;
  /** Mail from these addresses is taken only from a session logged in as that address (a submission server's rule). */
  senders: string[];
}

/** The user an introspection endpoint names for an active `token`, or null. */
async function introspect(url: string, token: string): Promise<string | null> {
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams({ token }), signal: AbortSignal.timeout(5000) });
  const body = (await res.json()) as { active?: boolean; username?: string };
  return body.active === true && typeof body.username === 'string' ? body.username.toLowerCase() : null;
}

/** An Error that smtp-server turns into the reply `code message`. */
function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

function envelopeOf(session: SMTPServerSession): RelayedMessage['envelope'] {
  const from = session.envelope.mailFrom;
  return { from: from ? from.address : '', to: session.envelope.rcptTo.map((r) => r.address) };
}

export async function startSmtpRelay(dovecot: Pick<Dovecot, 'lmtpPort'>, opts: { oauth?: RelayOAuth } = {}): Promise<SmtpRelay> {
  const { oauth } = opts;
  const authentications: SmtpRelay['authentications'] = [];
  const messages: RelayedMessage[] = [];
  const refusals: SmtpRelay['refusals'] = [];
  let refuseAllCode: number | null = null;
  const refusedRecipients = new Map<string, number>();
  const lmtp = createTransport({ lmtp: true, host: '127.0.0.1', port: dovecot.lmtpPort });

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    ...(oauth ? {
      authMethods: ['XOAUTH2'],
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        const user = (auth.username ?? '').toLowerCase();
        introspect(oauth.introspectionUrl, auth.accessToken ?? '').then((owner) => {
          authentications.push({ user, ok: owner === user });
          // A refused token gets the SASL error challenge the big providers send (RFC 7628 3.2.2).
          callback(null, owner === user ? { user } : { data: { status: '401', schemes: 'bearer', scope: 'https://mail.google.com/' } });
        }, (err: unknown) => callback(smtpError(454, `4.7.0 cannot check the token: ${String(err)}`)));
      },
    } : {}),
    onMailFrom(address, session, callback) {
      if (oauth?.senders.includes(address.address.toLowerCase()) && session.user !== address.address.toLowerCase()) {
        callback(smtpError(530, '5.7.0 Authentication required to send as this address'));
        return;
      }
      if (refuseAllCode === null) return callback();
      refusals.push({ code: refuseAllCode, recipient: null });
      callback(smtpError(refuseAllCode, refuseAllCode < 500 ? '4.3.2 service not available, try again later' : '5.7.1 refused'));
    },
    onRcptTo(address, session, callback) {
      const refused = refusedRecipients.get(address.address.toLowerCase());
      if (refused !== undefined) {
        refusals.push({ code: refused, recipient: address.address.toLowerCase() });
        callback(smtpError(refused, refused < 500 ? '4.2.1 mailbox busy, try again later' : '5.1.1 no such user here'));
        return;
      }
      const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      probeLmtpRecipient(dovecot.lmtpPort, from, address.address).then(
        (reply) => callback(reply.code >= 400 ? smtpError(reply.code, reply.text.replace(/^\d{3}[ -]/gm, '')) : null),
        (err: unknown) => callback(smtpError(451, `4.4.1 mailbox server unreachable: ${String(err)}`)),
      );
    },
    onData(stream, session, callback) {
      const envelope = envelopeOf(session);
      readAll(stream)
        .then(async (raw) => {
          const info = await lmtp.sendMail({ envelope, raw });
          if (info.rejected.length > 0) {
            throw smtpError(550, `5.1.1 LMTP refused ${info.rejected.map(String).join(', ')}`);
          }
          messages.push({ envelope, raw });
          callback(null);
        })
        .catch((err: unknown) => {
          const code = (err as { responseCode?: number }).responseCode;
          callback(smtpError(typeof code === 'number' ? code : 451, `LMTP delivery failed: ${String(err)}`));
        });
    },
  });

  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // smtp-server reports a client's reset socket as a server error: a bot SIGKILLed with its
  // pooled SMTP connections open resets them, which must not end the test process.
  server.on('error', () => {});

  return {
    port,
    messages,
    refusals,
    authentications,
    refuseAll(code) {
      refuseAllCode = code;
    },
    refuseRecipient(address, code) {
      if (code === null) refusedRecipients.delete(address.toLowerCase());
      else refusedRecipients.set(address.toLowerCase(), code);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        lmtp.close();
        server.close(() => resolve());
      }),
  };
}
