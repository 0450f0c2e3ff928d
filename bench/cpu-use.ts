// Where the machine's CPU went during a measure: seconds used by the bot, each server and
// the bench itself (its load, the SMTP relay and the bare libraries), read from /proc.
// A process counts for the nearest of its ancestors (itself included) that is the bot or a
// server, known by the pids of their first processes (the harness's own servers only, not
// the machine's); a process that exited is counted by its parent once reaped (cutime/cstime).
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface CpuUse {
  /** Seconds of CPU per part, over the window. */
  bot: number;
  postgres: number;
  redis: number;
  dovecot: number;
  bench: number;
  other: number;
  /** All cores' busy time over the window, and the window's length (wall seconds). */
  machine_busy: number;
  wall: number;
}

type Part = Exclude<keyof CpuUse, 'machine_busy' | 'wall'>;

/** The pid of the first process of the bot and of each server measured (the rest are their children). */
export type Roots = Partial<Record<'bot' | 'postgres' | 'redis' | 'dovecot', number | null | undefined>>;

interface Proc {
  ppid: number;
  ticks: number;
}

const TICKS_PER_SECOND = 100;

function processes(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while listed
    }
    const close = stat.lastIndexOf(')');
    const f = stat.slice(close + 2).split(' ');
    // Fields after the name: state ppid ... utime(12) stime(13) cutime(14) cstime(15), counting from state = 1.
    const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    out.set(Number(entry), { ppid: Number(f[1]), ticks });
  }
  return out;
}

function machineBusyTicks(): number {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = cpu;
  return user + nice + system + irq + softirq;
}

interface Snapshot {
  at: number;
  procs: Map<number, Proc>;
  busy: number;
}

function partTicks(snap: Snapshot, roots: Roots): Record<Part, number> {
  const { procs } = snap;
  const parts: Record<Part, number> = { bot: 0, postgres: 0, redis: 0, dovecot: 0, bench: 0, other: 0 };
  const byPid = new Map<number, Part>([[process.pid, 'bench']]);
  for (const [part, pid] of Object.entries(roots) as [Part, number | null | undefined][]) if (pid) byPid.set(pid, part);
  const partOf = (pid: number): Part => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 64; hops++) {
      const part = byPid.get(p);
      if (part) return part;
      p = procs.get(p)?.ppid;
    }
    return 'other';
  };
  for (const [pid, proc] of procs) parts[partOf(pid)] += proc.ticks;
  return parts;
}

/**
 * Reads /proc every `everyMs` until stopped, so that a window can be cut afterwards between
 * two moments known only later (the bot's own log line, a row's commit time) and for a bot
 * whose pid is known only once it has started. With `everyMs` null it reads only at the start
 * and at between(), for a window that starts now and whose work must not share the thread.
 */
export function recordCpu(everyMs: number | null = 200): {
  between(fromMs: number, toMs: number, roots: Roots): CpuUse;
  /** From the recorder's start to now. */
  sinceStart(roots: Roots): CpuUse;
  stop(): void;
} {
  const snaps: Snapshot[] = [];
  const take = (): void => {
    snaps.push({ at: Date.now(), procs: processes(), busy: machineBusyTicks() });
  };
  take();
  // Without a period, only now and the call to between() are read: nothing runs meanwhile.
  const timer = everyMs === null ? undefined : setInterval(take, everyMs);
  timer?.unref();
  return {
    between(fromMs, toMs, roots) {
      take();
      const start = [...snaps].reverse().find((s) => s.at <= fromMs) ?? snaps[0]!;
      const end = snaps.find((s) => s.at >= toMs) ?? snaps[snaps.length - 1]!;
      const a = partTicks(start, roots);
      const b = partTicks(end, roots);
      const sec = (ticks: number): number => Math.round((ticks / TICKS_PER_SECOND) * 100) / 100;
      const use = (p: Part): number => sec(b[p] - a[p]);
      return {
        bot: use('bot'),
        postgres: use('postgres'),
        redis: use('redis'),
        dovecot: use('dovecot'),
        bench: use('bench'),
        other: use('other'),
        machine_busy: sec(end.busy - start.busy),
        wall: Math.round((end.at - start.at) / 10) / 100,
      };
    },
    sinceStart(roots) {
      return this.between(snaps[0]!.at, Date.now(), roots);
    },
    stop() {
      clearInterval(timer);
      snaps.length = 0;
    },
  };
}

export function formatCpuUse(label: string, u: CpuUse): string {
  const parts = (['bot', 'postgres', 'redis', 'dovecot', 'bench', 'other'] as const).filter((p) => u[p] > 0).map((p) => `${p} ${u[p].toFixed(2)}`);
  return `${label}: CPU seconds over ${u.wall.toFixed(2)} s: ${parts.join(', ')} (machine busy ${u.machine_busy.toFixed(2)} of ${(u.wall * cpus().length).toFixed(2)} core-seconds)`;
}
