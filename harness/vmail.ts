import { run } from './system.js';

export interface SystemUser {
  uid: number;
  gid: number;
}

async function lookup(name: string): Promise<SystemUser | undefined> {
  const uid = await run('id', ['-u', name]);
  const gid = await run('id', ['-g', name]);
  if (uid.code !== 0 || gid.code !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * The `vmail` system user that owns the test mailboxes; created (as root) when missing.
 * Two test workers may race to create it, so a failed useradd is followed by a second look.
 */
export async function ensureVmailUser(): Promise<SystemUser> {
  const existing = await lookup('vmail');
  if (existing) return existing;
  const created = await run('useradd', ['-r', '-M', '-d', '/nonexistent', '-s', '/usr/sbin/nologin', 'vmail']);
  const user = await lookup('vmail');
  if (!user) {
    throw new Error(`could not create the vmail system user (useradd exit ${created.code}): ${created.stderr.trim()}`);
  }
  return user;
}
