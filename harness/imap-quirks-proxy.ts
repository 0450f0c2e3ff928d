// An IMAP proxy that makes the harness's well-behaved server answer with the quirks of the
// big providers' servers, between the bot and Dovecot (or Cyrus):
// - noKeywords: the mailbox keeps no keywords of its own, as Exchange Online's does
//   (PERMANENTFLAGS without \*; a keyword in a STORE never reaches the server);
// - sessionLifetimeMs: each session ends with `* BYE Session invalidated - AccessTokenExpired`
//   that long after it began, as Exchange Online ends one when its access token expires;
// - silentIdle: news the server sends while the client sits in IDLE never reaches it, as
//   when Exchange stops delivering IDLE notices;
// and it counts the commands each client sent, so a test can tell how the mailbox was read.
// It reads both directions as IMAP (lines and the literals they announce), never a byte
// stream cut at random: what it forwards or drops is always a whole response.
import { connect, createServer, type Socket } from 'node:net';
import { freePort } from './ports.js';

export interface ImapQuirks {
  noKeywords?: boolean;
  sessionLifetimeMs?: number;
  silentIdle?: boolean;
}

export interface ImapQuirksProxy {
  port: number;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Connections open now. */
  readonly live: number;
  /** Sessions ended with the expired-token BYE. */
  readonly byes: number;
  /** Untagged news (EXISTS, RECENT, EXPUNGE, FETCH) dropped while the client idled. */
  readonly hiddenInIdle: number;
  /** Keywords taken out of STORE commands before they reached the server. */
  readonly keywordsDropped: number;
  /** Commands the clients sent, by name ("UID FETCH", "SELECT", ...). */
  readonly commands: ReadonlyMap<string, number>;
  /** Resets every open connection, both ends; returns how many were cut. */
  cutAll(): number;
  stop(): Promise<void>;
}

export const EXPIRED_TOKEN_BYE = '* BYE Session invalidated - AccessTokenExpired';

/** The size of the literal a line announces at its end (`{12}` or `{12+}` before CRLF), or null. */
export function literalAnnounced(line: Buffer): number | null {
  let end = line.length;
  if (end > 0 && line[end - 1] === 0x0a) end -= 1;
  if (end > 0 && line[end - 1] === 0x0d) end -= 1;
  if (end === 0 || line[end - 1] !== 0x7d) return null; // }
  let i = end - 2;
  if (i >= 0 && line[i] === 0x2b) i -= 1; // + (LITERAL+)
  const digitsEnd = i + 1;
  while (i >= 0 && line[i]! >= 0x30 && line[i]! <= 0x39 && digitsEnd - i <= 10) i -= 1;
  if (i < 0 || line[i] !== 0x7b || i + 1 === digitsEnd) return null; // {
  return Number(line.subarray(i + 1, digitsEnd).toString('latin1'));
}

type Piece = { data: Buffer; kind: 'line'; literalFollows: boolean } | { data: Buffer; kind: 'literal' };

/** Splits an IMAP byte stream into lines (line end included) and the literal bytes they announce. */
class ImapSplitter {
  private partial: Buffer[] = [];
  private literalLeft = 0;

  constructor(private readonly emit: (piece: Piece) => void) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.literalLeft > 0) {
        const n = Math.min(this.literalLeft, chunk.length - at);
        this.emit({ data: chunk.subarray(at, at + n), kind: 'literal' });
        this.literalLeft -= n;
        at += n;
        continue;
      }
      const nl = chunk.indexOf(0x0a, at);
      if (nl < 0) {
        this.partial.push(chunk.subarray(at));
        return;
      }
      const line = Buffer.concat([...this.partial, chunk.subarray(at, nl + 1)]);
      this.partial = [];
      at = nl + 1;
      const size = literalAnnounced(line);
      this.literalLeft = size ?? 0;
      this.emit({ data: line, kind: 'line', literalFollows: size !== null });
    }
  }
}

/** `\Seen \*  $Label` -> the system flags only (those starting with a backslash), without `\*`. */
function systemFlagsOnly(list: string): string {
  return list.split(' ').filter((f) => f.startsWith('\\') && f !== '\\*').join(' ');
}

/** Rewrites the parenthesised flag list that starts at `open` (the index of its `(`) with `rewrite`. */
function rewriteList(line: string, open: number, rewrite: (list: string) => string): string {
  const close = line.indexOf(')', open);
  if (close < 0) return line;
  return `${line.slice(0, open + 1)}${rewrite(line.slice(open + 1, close))}${line.slice(close)}`;
}

/** A server response as the client of a keyword-less mailbox sees it. */
function withoutKeywords(first: string): string {
  const perm = first.indexOf('[PERMANENTFLAGS (');
  if (perm >= 0) return rewriteList(first, perm + '[PERMANENTFLAGS '.length, systemFlagsOnly);
  if (first.toUpperCase().startsWith('* FLAGS (')) return rewriteList(first, '* FLAGS '.length, systemFlagsOnly);
  return first;
}

const NEWS = /^\* \d+ (?:EXISTS|RECENT|EXPUNGE|FETCH)\b/i;

/** `a1 UID FETCH 1:* ...` -> `UID FETCH`; null for a line that is no command (DONE, a SASL answer). */
function commandName(line: string): string | null {
  const words = line.trim().split(' ', 3);
  if (words.length < 2 || !/^[A-Za-z]+$/.test(words[1]!)) return null;
  const name = words[1]!.toUpperCase();
  return name === 'UID' && words[2] ? `UID ${words[2].toUpperCase()}` : name;
}

/** Listens on a free port of 127.0.0.1 and forwards each connection to the IMAP server on `targetPort`, with `quirks`. */
export async function startImapQuirksProxy(targetPort: number, quirks: ImapQuirks): Promise<ImapQuirksProxy> {
  const pairs = new Set<[Socket, Socket]>();
  const commands = new Map<string, number>();
  const counts = { accepted: 0, byes: 0, hiddenInIdle: 0, keywordsDropped: 0 };
  const port = await freePort();

  const server = createServer((client) => {
    counts.accepted += 1;
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    let ended = false;
    let idling = false;
    const end = (): void => {
      ended = true;
      pairs.delete(pair);
      clearTimeout(lifetime);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    const lifetime = quirks.sessionLifetimeMs === undefined ? undefined : setTimeout(() => {
      if (ended) return;
      counts.byes += 1;
      ended = true;
      // Only whole responses were forwarded, so the BYE starts a line of its own.
      client.end(`${EXPIRED_TOKEN_BYE}\r\n`);
      upstream.destroy();
      pairs.delete(pair);
    }, quirks.sessionLifetimeMs);

    // Client to server: command by command, literals passed through.
    let continuing = false;
    const fromClient = new ImapSplitter((piece) => {
      if (ended) return;
      if (piece.kind === 'literal') {
        upstream.write(piece.data);
        return;
      }
      let text = piece.data.toString('latin1');
      if (!continuing) {
        if (text.trim().toUpperCase() === 'DONE') idling = false;
        const name = commandName(text);
        if (name) {
          commands.set(name, (commands.get(name) ?? 0) + 1);
          if (name === 'IDLE') idling = true;
          if (quirks.noKeywords && (name === 'STORE' || name === 'UID STORE')) {
            const open = text.indexOf('(');
            if (open >= 0) {
              text = rewriteList(text, open, (list) => {
                const kept = systemFlagsOnly(list);
                counts.keywordsDropped += list.split(' ').filter(Boolean).length - kept.split(' ').filter(Boolean).length;
                return kept;
              });
            }
          }
        }
      }
      continuing = piece.literalFollows;
      upstream.write(Buffer.from(text, 'latin1'));
    });

    // Server to client: whole responses (a line and the literals it carries).
    let unit: Buffer[] = [];
    const fromServer = new ImapSplitter((piece) => {
      unit.push(piece.data);
      if (piece.kind === 'literal' || piece.literalFollows) return;
      const parts = unit;
      unit = [];
      if (ended) return;
      const first = parts[0]!.toString('latin1');
      if (quirks.silentIdle && idling && NEWS.test(first)) {
        counts.hiddenInIdle += 1;
        return;
      }
      if (quirks.noKeywords && parts.length === 1) {
        const rewritten = withoutKeywords(first);
        if (rewritten !== first) {
          client.write(Buffer.from(rewritten, 'latin1'));
          return;
        }
      }
      client.write(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
    });

    client.on('data', (chunk: Buffer) => fromClient.push(chunk));
    upstream.on('data', (chunk: Buffer) => fromServer.push(chunk));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

  const proxy: ImapQuirksProxy = {
    port,
    get accepted() { return counts.accepted; },
    get live() { return pairs.size; },
    get byes() { return counts.byes; },
    get hiddenInIdle() { return counts.hiddenInIdle; },
    get keywordsDropped() { return counts.keywordsDropped; },
    commands,
    cutAll() {
      const n = pairs.size;
      for (const [a, b] of pairs) {
        a.resetAndDestroy();
        b.resetAndDestroy();
      }
      pairs.clear();
      return n;
    },
    async stop() {
      proxy.cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
