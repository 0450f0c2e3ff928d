import pg from 'pg';

/**
 * Only one poller per mailbox is active: it holds a Postgres advisory lock on a
 * dedicated connection. If that process dies, its connection closes, the lock
 * is released and a standby takes over.
 */
export class PollerLease {
  private client: pg.Client | null = null;

  constructor(private readonly databaseUrl: string, private readonly mailbox: string) {}

  /** Tries once; true when this process now holds the lease. */
  async tryAcquire(): Promise<boolean> {
    if (this.client) return true;
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('error', () => {});
    await client.connect();
    let ok = false;
    try {
      const { rows } = await client.query(`SELECT pg_try_advisory_lock(hashtext('deletion-bot:poller'), hashtext($1)) AS ok`, [this.mailbox]);
      ok = rows[0].ok === true;
    } finally {
      // A refused or failed try must not keep its connection open (a retry comes every few seconds).
      if (!ok) await client.end().catch(() => {});
    }
    if (!ok) return false;
    // Losing this connection means losing the lease: stop polling then.
    client.on('end', () => { this.client = null; });
    this.client = client;
    return true;
  }

  get held(): boolean {
    return this.client !== null;
  }

  async release(): Promise<void> {
    const c = this.client;
    this.client = null;
    if (c) await c.end().catch(() => {});
  }
}
