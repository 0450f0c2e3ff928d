import { Worker } from 'node:worker_threads';
import { readMail } from '../mail-in/read-mail.js';
import type { InboundMail } from '../understanding/types.js';
import { readingOf, type MailReading, type ReadingSettings } from './new-request-candidate.js';

export interface ParsedMessage {
  mail: InboundMail;
  reading: MailReading;
}

/** Parses raw messages: on parse threads when there are any, else on this thread. */
export interface MailReader {
  read(raw: Buffer): Promise<ParsedMessage>;
  close(): Promise<void>;
}

/** The same work on the calling thread (PARSE_THREADS=0, and tests that call the intake directly). */
export function sameThreadReader(settings: ReadingSettings): MailReader {
  return {
    read: async (raw) => {
      const mail = await readMail(raw);
      return { mail, reading: readingOf(settings, mail) };
    },
    close: async () => {},
  };
}

/** The parse thread's V8 heap (MB): young generation as the image sets it for the main thread. */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 96 };

interface Pending {
  resolve: (p: ParsedMessage) => void;
  reject: (err: Error) => void;
  raw: Buffer;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** It answered at least once: a thread that dies before that is not started again. */
  answered: boolean;
}

/**
 * The thread's entry point: the compiled parse-thread.js next to this file, or, when the
 * sources run through tsx, a small module that registers tsx in the thread first.
 */
function threadEntry(): URL {
  const here = new URL(import.meta.url);
  if (!here.pathname.endsWith('.ts')) return new URL('./parse-thread.js', here);
  const tsx = import.meta.resolve('tsx/esm/api');
  const target = new URL('./parse-thread.ts', here).href;
  const source = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(target)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

/**
 * PARSE_THREADS threads that parse mail and apply the pure rules, so that the thread that
 * talks to IMAP, Postgres and Redis is not also the one that reads every message. Parsing
 * never fails (read-mail.ts degrades instead of throwing); a thread that dies anyway
 * (out of memory on a hostile message) is replaced, and what it held is parsed here.
 */
export class ParsePool implements MailReader {
  private readonly threads: Slot[] = [];
  private nextId = 0;
  private turn = 0;
  private closed = false;

  constructor(private readonly settings: ReadingSettings, size: number) {
    for (let i = 0; i < size; i++) this.threads.push(this.start());
  }

  private start(): Slot {
    // A small heap: the thread holds a few messages at a time. A message too large for it ends
    // the thread (out of memory); that message is then parsed on the main thread, as below.
    const worker = new Worker(threadEntry(), { workerData: this.settings, resourceLimits: THREAD_LIMITS });
    const slot: Slot = { worker, pending: new Map<number, Pending>(), answered: false };
    worker.unref();
    worker.on('message', (msg: { id: number; error?: string } & Partial<ParsedMessage>) => {
      slot.answered = true;
      const p = slot.pending.get(msg.id);
      slot.pending.delete(msg.id);
      if (!p) return;
      if (msg.error !== undefined) p.reject(new Error(`parsing a stored message failed: ${msg.error}`));
      else p.resolve({ mail: msg.mail!, reading: msg.reading! });
    });
    const lost = () => {
      const held = [...slot.pending.values()];
      slot.pending.clear();
      const index = this.threads.indexOf(slot);
      if (index >= 0) {
        // A thread that never answered (it cannot even start) is not started again: its share is parsed here.
        if (!this.closed && slot.answered) this.threads[index] = this.start();
        else this.threads.splice(index, 1);
      }
      for (const p of held) sameThreadReader(this.settings).read(p.raw).then(p.resolve, p.reject);
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    return slot;
  }

  read(raw: Buffer): Promise<ParsedMessage> {
    if (this.closed || this.threads.length === 0) return sameThreadReader(this.settings).read(raw);
    // The thread with the least work waiting (ties: in turn).
    this.turn = (this.turn + 1) % this.threads.length;
    let slot = this.threads[this.turn]!;
    for (const t of this.threads) if (t.pending.size < slot.pending.size) slot = t;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject, raw });
      slot.worker.postMessage({ id, raw });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
