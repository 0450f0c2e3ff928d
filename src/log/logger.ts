import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Root logger: JSON lines on stdout. Logs name requests by reference (DR-...)
 * and jobs by id; the redaction below is a safety net for any field that could
 * carry a username, an address, a token or mail content.
 */
export function createLogger(level: string, base: Record<string, unknown> = {}, pretty = false): Logger {
  return pino({
    level,
    // LOG_PRETTY=1: coloured, readable lines for a terminal; JSON otherwise (what log shippers read).
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
    base: { service: 'deletion-bot', ...base },
    redact: {
      paths: [
        'username', '*.username', 'instagramUsername', '*.instagramUsername',
        'email', '*.email', 'address', '*.address', 'to', '*.to', 'from', '*.from',
        'confirmationEmail', '*.confirmationEmail', 'senderEmail', '*.senderEmail',
        'token', '*.token', 'password', '*.password', 'secret', '*.secret',
        'text', '*.text', 'html', '*.html', 'subject', '*.subject', 'raw', '*.raw',
      ],
      censor: '[redacted]',
    },
  });
}
