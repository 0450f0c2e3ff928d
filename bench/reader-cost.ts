// The reader's cost in one process: ms per mail for the benchmark's request mail and newsletter
// (parsed once, read many times by the same rules a parse thread applies), the heap the reader
// holds once loaded, and the time to read every stored corpus mail (for a CPU profile).
//
//   node --expose-gc --import tsx bench/reader-cost.ts [--rounds=N] [--corpus]
//   node --expose-gc --cpu-prof --cpu-prof-dir=prof --import tsx bench/reader-cost.ts [--corpus] [--only=request|newsletter]
import { writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readMail } from '../src/mail-in/read-mail.js';
import { readingOf } from '../src/intake/new-request-candidate.js';
import type { InboundMail } from '../src/understanding/types.js';
import { READING_SETTINGS } from './reading-settings.js';
import { newsletterMail, requestMail } from './request-mails.js';

const { values } = parseArgs({ options: { rounds: { type: 'string' }, corpus: { type: 'boolean' }, only: { type: 'string' }, dump: { type: 'string' } } });
const ROUNDS = Number(values.rounds ?? 2000);

const settings = READING_SETTINGS;

const at = new Date('2026-12-01T10:00:00Z');
const newsletter = newsletterMail(1, 'cost', at);

function heapMb(): number {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

/** CPU ms per mail (user and system: on a machine busy with other work, wall time says more of the others). */
function perMail(mails: readonly InboundMail[], rounds: number): number {
  for (let i = 0; i < 50; i++) readingOf(settings, mails[i % mails.length]!);
  const start = process.cpuUsage();
  for (let i = 0; i < rounds; i++) readingOf(settings, mails[i % mails.length]!);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / rounds;
}

const bare = heapMb();
const requests = await Promise.all([0, 1, 2, 3].map((i) => readMail(requestMail(i, 'cost', at).raw)));
const news = await readMail(newsletter);
readingOf(settings, requests[0]!);
const loaded = heapMb();
const rssLoaded = process.memoryUsage().rss / 1048576;

// --only=request or --only=newsletter reads that mail alone, for a profile of it.
const request = values.only === 'newsletter' ? NaN : perMail(requests, ROUNDS);
const letter = values.only === 'request' ? NaN : perMail([news], ROUNDS);
const after = heapMb();
console.log(
  `request ${request.toFixed(3)} CPU ms/mail, newsletter ${letter.toFixed(3)} CPU ms/mail; ` +
    `heap: bare ${bare.toFixed(1)} MB, reader loaded ${loaded.toFixed(1)} MB (+${(loaded - bare).toFixed(1)}), after reading ${after.toFixed(1)} MB; rss ${rssLoaded.toFixed(0)} MB`,
);

if (values.corpus) {
  const dirs = ['mail', 'mail-blind', 'mail-blind-2', 'mail-blind-3', 'mail-blind-4', 'mail-blind-5', 'mail-blind-6', 'mail-blind-7', 'mail-blind-8', 'mail-blind-9', 'hostile', 'app-other-names'].map((d) => `tests/fixtures/${d}`);
  const mails: InboundMail[] = [];
  for (const dir of dirs) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.eml'))) mails.push(await readMail(await readFile(join(dir, name))));
  }
  const corpus = perMail(mails, Math.max(mails.length, ROUNDS));
  console.log(`corpus: ${mails.length} mails, ${corpus.toFixed(3)} ms/mail`);
  // --dump=FILE: every corpus mail's reading, to compare the readings of two versions of the reader.
  if (values.dump) writeFileSync(values.dump, JSON.stringify(mails.map((m) => readingOf(settings, m)), null, 1));
}
