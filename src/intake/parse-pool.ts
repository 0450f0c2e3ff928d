import { Worker } from 'node:worker_threads';
import type { InboundMail } from '../understanding/types.js';
import type { MailReading, ReadingSettings } from './new-request-candidate.js';

export interface ParsedMessage {
  /** The mail without its HTML (`html` is null): its visible words are its `text`, and nothing after the reader reads the HTML. */
  mail: InboundMail;
  reading: MailReading;
}

/**
 * What a reader gives for a read mail: all of it but the HTML, which the reader has read
 * already (up to 2 MB of it, cloned from the parse thread and held with every mail read ahead).
 */
export function parsedMessage(mail: InboundMail, reading: MailReading): ParsedMessage {
  return { mail: mail.html === null ? mail : { ...mail, html: null }, reading };
}

/** Why reading a message stopped: it ran past the budget, ran out of memory, ended its thread, or the rules threw on it. */
export type UnreadableCause = 'budget' | 'memory' | 'crash' | 'error';

/** A message that could not be read, twice on two threads: it is never read again. */
export interface UnreadableMessage {
  /** Why, in words for staff; nothing of the message itself. */
  unreadable: string;
  cause: UnreadableCause;
}

export type ReadOutcome = ParsedMessage | UnreadableMessage;

/** Reads raw messages: the parsed mail and what the pure rules make of it, or why it could not be read. */
export interface MailReader {
  read(raw: Buffer): Promise<ReadOutcome>;
  close(): Promise<void>;
}

/**
 * The same work on the calling thread, with no budget: for tests that call the intake
 * directly. The bot itself always reads on threads ({@link ParsePool}); the reader is loaded
 * here only when this is first used, so the bot's main thread never holds it (the mail
 * parser, the rules and their word lists: about 6 MB of heap and 10 MB of memory).
 */
export function sameThreadReader(settings: ReadingSettings): MailReader {
  return {
    read: async (raw) => {
      const [{ readMail }, { readingOf }] = await Promise.all([import('../mail-in/read-mail.js'), import('./new-request-candidate.js')]);
      const mail = await readMail(raw);
      return parsedMessage(mail, readingOf(settings, mail));
    },
    close: async () => {},
  };
}

/**
 * The parse thread's V8 heap (MB): young generation as the image sets it for the main thread. A
 * thread holds about 44 MB once warmed up (the mail parser, the rules and their word lists, and the
 * language detector's n-grams, about 10 MB of that). A plain-text mail of MAX_MESSAGE_BYTES (10 MB)
 * in a language of the packs, read after others, needs more than 96 MB (read-budget.test.ts).
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 128 };

/** Times a message may stop a thread: the second time it is unreadable. */
const TRIES = 2;

interface Task {
  raw: Buffer;
  resolve: (p: ReadOutcome) => void;
  reject: (err: Error) => void;
  /** Threads it stopped so far. */
  stopped: number;
}

interface Slot {
  worker: Worker;
  /** It read its warm-up message: the budget clock runs only on a ready thread. */
  ready: boolean;
  /** The message it is reading. */
  task: Task | null;
  budget: NodeJS.Timeout | null;
  /** A message that stopped another thread: read here, on a fresh thread, before anything else. */
  retry: Task | null;
  /** Ended (stopped, crashed or closed): whatever it says now is ignored. */
  gone: boolean;
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
 * PARSE_THREADS threads (at least one) that read stored mail and apply the pure rules, so
 * that the thread that talks to IMAP, Postgres, Redis and HTTP never reads a message. Each
 * thread reads one message at a time, within READ_BUDGET_SECONDS and a bounded heap; a
 * message that runs past the budget, kills its thread (out of memory) or makes reading
 * throw has the thread ended and replaced, and is read once more on the fresh thread;
 * stopping a second thread makes it unreadable. The messages waiting meanwhile are read
 * by the next free thread.
 */
export class ParsePool implements MailReader {
  private readonly threads: Slot[] = [];
  private readonly waiting: Task[] = [];
  private readonly budgetMs: number;
  private closed = false;

  constructor(private readonly settings: ReadingSettings, size: number, { budgetSeconds }: { budgetSeconds: number }) {
    this.budgetMs = budgetSeconds * 1000;
    for (let i = 0; i < Math.max(1, size); i++) this.threads.push(this.start(null));
  }

  private start(retry: Task | null): Slot {
    const worker = new Worker(threadEntry(), { workerData: this.settings, resourceLimits: THREAD_LIMITS });
    const slot: Slot = { worker, ready: false, task: null, budget: null, retry, gone: false };
    worker.unref();
    worker.on('message', (msg: { ready?: true; error?: string; errorName?: string } & Partial<ParsedMessage>) => {
      if (slot.gone) return;
      if (msg.ready) {
        slot.ready = true;
        this.feed(slot);
        return;
      }
      const task = slot.task;
      if (!task) return;
      // Reading or the rules threw: the message is read once more on a fresh thread, as one
      // that stops a thread is, and the second time it is unreadable, so its group goes on.
      if (msg.error !== undefined) {
        this.lost(slot, 'error', Object.assign(new Error(msg.error), { name: msg.errorName ?? 'Error' }));
        return;
      }
      clearTimeout(slot.budget ?? undefined);
      slot.task = null;
      task.resolve({ mail: msg.mail!, reading: msg.reading! });
      this.feed(slot);
    });
    worker.on('error', (err: Error & { code?: string }) => this.lost(slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', err));
    worker.on('exit', () => this.lost(slot, 'crash', null));
    return slot;
  }

  /** Gives an idle ready thread its next message: a retry first, else the oldest waiting. */
  private feed(slot: Slot): void {
    if (slot.gone || !slot.ready || slot.task) return;
    const task = slot.retry ?? this.waiting.shift();
    slot.retry = null;
    if (!task) return;
    slot.task = task;
    slot.budget = setTimeout(() => {
      // An answer that arrived while this thread was busy is taken first (it is delivered
      // before the immediate runs): only a thread still reading is stopped.
      setImmediate(() => {
        if (slot.task === task) this.lost(slot, 'budget', null);
      });
    }, this.budgetMs);
    // The thread gets its own copy of exactly the message, handed over rather than cloned. Posted
    // as it is, a message below 16 KB (a slice of the buffer Node shares among small buffers, as
    // Postgres's bytea reaches us) would copy the whole 64 KB shared buffer to the thread, twice,
    // for every mail; and the caller's buffer stays whole for a retry on a fresh thread.
    const raw = new Uint8Array(task.raw);
    slot.worker.postMessage({ raw }, [raw.buffer]);
  }

  private lost(slot: Slot, cause: UnreadableCause, err: Error | null): void {
    if (slot.gone) return;
    slot.gone = true;
    clearTimeout(slot.budget ?? undefined);
    void slot.worker.terminate();
    const index = this.threads.indexOf(slot);
    if (index >= 0) this.threads.splice(index, 1);
    const task = slot.task;
    slot.task = null;
    if (this.closed) {
      for (const t of [task, slot.retry]) t?.reject(stopping());
      return;
    }
    if (!slot.ready) {
      // It ended before it could read anything: the thread cannot start, whatever the message.
      const failed = new Error(`the mail-reading thread could not start (${err?.message ?? 'it exited'}); `
        + 'no mail is read until it can: check the install (the parse-thread module next to parse-pool) and the memory limits');
      if (slot.retry) this.waiting.unshift(slot.retry);
      if (this.threads.length === 0) for (const t of this.waiting.splice(0)) t.reject(failed);
      return;
    }
    let retry: Task | null = null;
    if (task) {
      task.stopped += 1;
      if (task.stopped >= TRIES) task.resolve({ unreadable: this.describe(cause, err), cause });
      else retry = task;
    }
    this.threads.push(this.start(retry));
  }

  private describe(cause: UnreadableCause, err: Error | null): string {
    // The error's kind only: its message may quote the mail.
    if (cause === 'error') return `reading it failed with an error (${err?.name ?? 'Error'}), on two threads in turn`;
    if (cause === 'budget') return `reading it took longer than READ_BUDGET_SECONDS (${this.budgetMs / 1000} s), on two threads in turn`;
    if (cause === 'memory') return `reading it ran out of the reading thread's memory (${THREAD_LIMITS.maxOldGenerationSizeMb} MB), on two threads in turn`;
    return 'reading it ended the reading thread, on two threads in turn';
  }

  read(raw: Buffer): Promise<ReadOutcome> {
    if (this.closed) return Promise.reject(stopping());
    // Every thread failed to start: try again, so that a passing cause heals by itself.
    if (this.threads.length === 0) this.threads.push(this.start(null));
    return new Promise((resolve, reject) => {
      this.waiting.push({ raw, resolve, reject, stopped: 0 });
      for (const slot of this.threads) this.feed(slot);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.waiting.splice(0)) t.reject(stopping());
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}

function stopping(): Error {
  return new Error('the bot is stopping: the message is read at the next start');
}
