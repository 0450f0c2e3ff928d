/** A mail as the poller stored it in inbound_messages (poller/inbound-store.ts), before it is handled. */
export interface StoredMessage {
  id: string;
  raw: Buffer | null;
  receivedAt: Date;
  processedAt: Date | null;
  uid: number;
  sizeBytes: number;
  /** Only the headers were downloaded: the message is never parsed. */
  oversized: boolean;
}
