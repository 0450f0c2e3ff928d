// Memory of a running process as the kernel counts it (Linux /proc), for bounds such as
// "memory does not grow with the mailbox". Resident set now and its peak so far.
import { readFile } from 'node:fs/promises';

export interface ProcessMemory {
  /** VmRSS: resident now, in MiB. */
  rssMb: number;
  /** VmHWM: highest resident set since the process started, in MiB. */
  peakMb: number;
}

/** The memory of `pid`, or null once the process is gone. */
export async function processMemory(pid: number): Promise<ProcessMemory | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  if (status === null) return null;
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
