/**
 * How long the bot takes to read an ordinary mail and the worst crafted mail
 * of the same size: runs of spaces, tabs, em spaces, asterisks, quote marks,
 * unclosed HTML comments and scripts... Reading is what the intake does with
 * every mail: readMail, then the pure reading (own mail, decision attempt,
 * understanding). A linear reader reads both in about the same time; the
 * ratio says how much a stranger can slow the bot down with one mail.
 *
 *   node --import tsx bench/adversarial-mail.ts [--limit-seconds 60] [--sizes 1,10] [--families all|none|name,...]
 *
 * Each reading runs on its own thread and is stopped after the limit, so a
 * reader that takes minutes shows as "over the limit" instead of hanging.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

interface Task {
  raw: string;
}

const settings = {
  botDomain: 'pickrtech.com',
  approvalSecret: 's'.repeat(40),
  staffEmails: ['ops@pickrtech.com'],
  botAddress: 'contact@pickrtech.com',
  ownHandles: ['pickrtech'],
};


function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

const HEAD = 'From: sam@example.com\r\nTo: contact@pickrtech.com\r\nSubject: Data deletion\r\nMessage-ID: <bench@example.com>\r\n';
const PLAIN = `${HEAD}Content-Type: text/plain; charset=utf-8\r\n\r\n`;
const HTML = `${HEAD}Content-Type: text/html; charset=utf-8\r\n\r\n`;
const REQUEST = 'Please delete my data.\r\nInstagram username: bench_user\r\n\r\n';

/** An ordinary mail: a request, then pages of plain sentences. */
function ordinary(bytes: number): string {
  return `${PLAIN}${REQUEST}${repeatTo('I have used the app for a while and would like everything about me removed, thank you for your help.\r\n', bytes)}`;
}

/**
 * A run of one character, long enough that a pattern costing the square of it
 * runs for minutes, ended by a letter so that a pattern anchored at a line's
 * end must fail; repeated up to `bytes`. (Text past 1 MB is cut before it is
 * read, so the runs repeat rather than fill the mail with one run.)
 */
function runs(unit: string, bytes: number): string {
  return repeatTo(`${unit.repeat(Math.ceil(200_000 / unit.length))}x`, bytes);
}

/** The crafted families, each filling `bytes` after a short request. */
const FAMILIES: ReadonlyArray<readonly [string, (bytes: number) => string]> = [
  ['spaces', (b) => `${PLAIN}${REQUEST}${runs(' ', b)}`],
  ['tabs', (b) => `${PLAIN}${REQUEST}${runs('\t', b)}`],
  ['em spaces', (b) => `${PLAIN}${REQUEST}${runs('\u2003', b)}`],
  ['no-break spaces', (b) => `${PLAIN}${REQUEST}${runs('\u00a0', b)}`],
  ['asterisks', (b) => `${PLAIN}${REQUEST}${runs('*', b)}`],
  ['dashes', (b) => `${PLAIN}${REQUEST}${runs('-', b)}`],
  ['greater-than signs', (b) => `${PLAIN}${REQUEST}${runs('>', b)}`],
  ['full stops', (b) => `${PLAIN}${REQUEST}${runs('.', b)}`],
  ['at signs', (b) => `${PLAIN}${REQUEST}${runs('@', b)}`],
  ['newlines', (b) => `${PLAIN}${REQUEST}${runs('\r\n', b)}`],
  ['spaces and newlines', (b) => `${PLAIN}${REQUEST}${runs(' \r\n', b)}`],
  ['instagram, spaces, a letter', (b) => `${PLAIN}${REQUEST}${repeatTo(`instagram${' '.repeat(200_000)}x `, b)}`],
  ['instagram, spaces, a letter, repeated', (b) => `${PLAIN}${REQUEST}${repeatTo(`instagram${' '.repeat(5_000)}x `, b)}`],
  ['a label, spaces', (b) => `${PLAIN}${REQUEST}${repeatTo(`Instagram username${' '.repeat(200_000)}x\r\n`, b)}`],
  ['unclosed comments', (b) => `${HTML}<p>Please delete my data.</p><p>Instagram username: bench_user</p>${repeatTo('<!--', b)}`],
  ['unclosed scripts', (b) => `${HTML}<p>Please delete my data.</p><p>Instagram username: bench_user</p>${repeatTo('<script>', b)}`],
  ['unclosed tags', (b) => `${HTML}<p>Please delete my data.</p><p>Instagram username: bench_user</p>${repeatTo('<a ', b)}`],
  ['em spaces in HTML', (b) => `${HTML}<p>Please delete my data.</p><p>Instagram username: bench_user</p>${runs('\u2003', b)}`],
];

/** Milliseconds to read `raw`, or null when it took longer than `limitMs`. */
function timeReading(raw: string, limitMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { raw } satisfies Task });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, limitMs);
    worker.once('message', (m: { ms: number }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m.ms);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function shown(ms: number | null, limitMs: number): string {
  return ms === null ? `over ${(limitMs / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(2)} s`;
}

async function main(): Promise<void> {
  const limitMs = Number(option('--limit-seconds', '60')) * 1000;
  const sizes = option('--sizes', '1,10').split(',').map(Number);
  // "--families none" times the ordinary mail only.
  const wanted = option('--families', 'all');
  const families = wanted === 'all' ? FAMILIES : FAMILIES.filter(([name]) => wanted.split(',').includes(name));
  for (const mb of sizes) {
    const bytes = mb * 1024 * 1024;
    // Every reading runs on a fresh thread, so each pays the same start-up (compiling the patterns).
    const plain = await timeReading(ordinary(bytes), limitMs);
    console.log(`${mb} MB ordinary mail: ${shown(plain, limitMs)}`);
    const results: Array<{ name: string; ms: number | null }> = [];
    for (const [name, build] of families) {
      const ms = await timeReading(build(bytes), limitMs);
      console.log(`  ${mb} MB ${name}: ${shown(ms, limitMs)}`);
      results.push({ name, ms });
    }
    const worst = results.reduce<{ name: string; ms: number | null } | null>(
      (w, r) => (w === null || (w.ms !== null && (r.ms === null || r.ms > w.ms)) ? r : w),
      null,
    );
    if (!worst) continue;
    const ratio = plain !== null && worst.ms !== null ? `${(worst.ms / plain).toFixed(1)}x` : 'unknown';
    console.log(`${mb} MB worst crafted mail (${worst.name}): ${shown(worst.ms, limitMs)}, ${ratio} the ordinary one`);
  }
}

/** On a reading thread: read the one mail and report the time. */
async function readOne(): Promise<void> {
  const { readMail } = await import('../src/mail-in/read-mail.js');
  const { readingOf } = await import('../src/intake/new-request-candidate.js');
  const { raw } = workerData as Task;
  const started = performance.now();
  const mail = await readMail(raw);
  const reading = readingOf(settings, mail);
  parentPort?.postMessage({ ms: performance.now() - started, kind: reading.understood?.understanding.kind ?? 'none' });
}

await (isMainThread ? main() : readOne());
