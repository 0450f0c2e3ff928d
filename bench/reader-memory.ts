// The reading thread's memory: a ParsePool of one thread reads N mails of the back-log's mix (a
// request in a hundred, newsletters otherwise), then the process's peak RSS and the thread's heap
// are printed. `node --import tsx bench/reader-memory.ts [N]`
import { readFileSync } from 'node:fs';
import { ParsePool } from '../src/intake/parse-pool.js';
import { BOT_ADDRESS } from '../harness/stack.js';
import { newsletterMail, requestMail } from './request-mails.js';

const n = Number(process.argv[2] ?? 5000);
const at = new Date('2026-12-01T10:00:00Z');
const raw = (i: number): Buffer =>
  Buffer.from(
    i % 100 === 50
      ? requestMail(i, 'memory', at).raw
      : newsletterMail(i, 'memory', at),
  );

function peakMb(): number {
  const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  return Number(hwm) / 1024;
}

const pool = new ParsePool({ botDomain: 'pickrtech.com', approvalSecret: 'x'.repeat(40), staffEmails: ['privacy@pickrtech.com'], botAddress: BOT_ADDRESS, ownHandles: ['pickrtech'] }, 1, { budgetSeconds: 60 });
const start = performance.now();
// Four at a time, as the intake hands a group's mails over.
for (let i = 0; i < n; i += 4) await Promise.all([0, 1, 2, 3].map((k) => pool.read(raw(i + k))));
const seconds = (performance.now() - start) / 1000;
console.log(`${n} mails read in ${seconds.toFixed(1)} s (${((1000 * seconds) / n).toFixed(3)} ms each); process peak RSS ${peakMb().toFixed(1)} MB, RSS now ${(process.memoryUsage().rss / 1048576).toFixed(1)} MB`);
await pool.close();
