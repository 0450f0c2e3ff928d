// What reading a stored mail costs around the rules, in one process: the mail parser alone, the
// rules alone (as reader-cost.ts), and a mail's whole way through a parse pool of one thread
// (the raw message sent to the thread, parsed, read, and the answer sent back), with the raw
// message held as Postgres hands it over (a slice of a shared buffer). CPU is the whole process's
// (every thread), per mail, with the main thread's share of it for the pool.
//
// --against=DIR measures another checkout's reader (DIR/src) in the same process, in alternating
// blocks of mails, so that both see the same machine: on a shared, busy machine separate runs differ
// by more than the change being measured.
//
//   node --expose-gc --import tsx bench/parse-thread-cost.ts [--rounds=N] [--only=request|newsletter] [--against=DIR]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ReadingSettings } from '../src/intake/new-request-candidate.js';
import { READING_SETTINGS } from './reading-settings.js';
import { newsletterMail, requestMail } from './request-mails.js';

const { values } = parseArgs({ options: { rounds: { type: 'string' }, only: { type: 'string' }, against: { type: 'string' } } });
const ROUNDS = Number(values.rounds ?? 2000);
/** Mails per block: long enough to be timed, short enough that both checkouts see the same load. */
const BLOCK = 100;

const settings = READING_SETTINGS;

const at = new Date('2026-12-01T10:00:00Z');
const newsletter = (i: number): string => newsletterMail(i, 'cost', at);
const request = (i: number): string => requestMail(i, 'cost', at).raw;

/** As pg's bytea parser makes it: decoded from hex, so a small message is a slice of a shared pool buffer. */
function stored(raw: string): Buffer {
  return Buffer.from(Buffer.from(raw, 'utf8').toString('hex'), 'hex');
}

interface Reader {
  name: string;
  readMail: (raw: Buffer) => Promise<{ text: string }>;
  readingOf: (s: ReadingSettings, mail: never) => unknown;
  pool: () => { read(raw: Buffer): Promise<object>; close(): Promise<void> };
}

async function reader(name: string, root: string): Promise<Reader> {
  const load = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const [{ readMail }, { readingOf }, { ParsePool }] = await Promise.all([
    load('src/mail-in/read-mail.ts'), load('src/intake/new-request-candidate.ts'), load('src/intake/parse-pool.ts'),
  ]);
  return { name, readMail, readingOf, pool: () => new ParsePool(settings, 1, { budgetSeconds: 60 }) };
}

function cpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function mainUs(): number {
  const u = process.threadCpuUsage();
  return u.user + u.system;
}

/** Runs `block(reader, from, to)` over `rounds` mails for every reader, alternating blocks; CPU ms per mail, by reader. */
async function alternate(readers: Reader[], rounds: number, block: (r: Reader, from: number, to: number) => Promise<void>): Promise<{ cpu: number; main: number }[]> {
  const cpu = readers.map(() => 0);
  const main = readers.map(() => 0);
  for (let from = 0; from < rounds; from += BLOCK) {
    for (const [k, r] of readers.entries()) {
      const c = cpuUs();
      const m = mainUs();
      await block(r, from, Math.min(rounds, from + BLOCK));
      cpu[k]! += cpuUs() - c;
      main[k]! += mainUs() - m;
    }
  }
  return readers.map((_, k) => ({ cpu: cpu[k]! / 1000 / rounds, main: main[k]! / 1000 / rounds }));
}

const readers = [await reader('this checkout', '.')];
if (values.against) readers.push(await reader(values.against, values.against));

for (const [name, make] of [['request', request], ['newsletter', newsletter]] as const) {
  if (values.only && values.only !== name) continue;
  const raws = Array.from({ length: ROUNDS }, (_, i) => stored(make(i)));
  const mails = new Map<Reader, unknown[]>();
  for (const r of readers) mails.set(r, await Promise.all(raws.slice(0, 16).map((raw) => r.readMail(raw))));
  // Warmed before timing, as a bot's thread is by its first mails.
  for (const r of readers) for (let i = 0; i < 300; i++) await r.readMail(raws[i % raws.length]!);
  const parser = await alternate(readers, ROUNDS, async (r, from, to) => {
    for (let i = from; i < to; i++) await r.readMail(raws[i]!);
  });
  for (const r of readers) for (let i = 0; i < 300; i++) r.readingOf(settings, mails.get(r)![i % 16] as never);
  const rules = await alternate(readers, ROUNDS, async (r, from, to) => {
    for (let i = from; i < to; i++) r.readingOf(settings, mails.get(r)![i % 16] as never);
  });
  const pools = new Map(readers.map((r) => [r, r.pool()]));
  try {
    for (const r of readers) await Promise.all(raws.slice(0, 300).map((raw) => pools.get(r)!.read(raw)));
    const pool = await alternate(readers, ROUNDS, async (r, from, to) => {
      // 16 in flight, as the intake reads ahead.
      let next = from;
      const lane = async (): Promise<void> => {
        while (next < to) {
          const outcome = await pools.get(r)!.read(raws[next++]!);
          if ('unreadable' in outcome) throw new Error(String(outcome.unreadable));
        }
      };
      await Promise.all(Array.from({ length: 16 }, lane));
    });
    for (const [k, r] of readers.entries()) {
      console.log(`${name} (${r.name}): parser ${parser[k]!.cpu.toFixed(3)} CPU ms/mail, rules ${rules[k]!.cpu.toFixed(3)}, ` +
        `through a parse thread ${pool[k]!.cpu.toFixed(3)} (main thread ${pool[k]!.main.toFixed(3)})`);
    }
  } finally {
    await Promise.all([...pools.values()].map((p) => p.close()));
  }
}
