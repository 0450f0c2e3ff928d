-- Up Migration
-- The IMAP watcher's memory beyond the last UID: what changed on the server,
-- from when mail is taken, a re-scan in progress; and per message whether it
-- was too large to download and whether its IMAP keyword/move was applied.

ALTER TABLE mailbox_checkpoints
  -- HIGHESTMODSEQ (RFC 7162) seen at the end of the last complete read; when the
  -- server reports the same value again nothing changed and nothing is fetched.
  ADD COLUMN highest_modseq  bigint,
  -- Mail is taken from this instant on: the first start (default) or the
  -- back-fill date. A UIDVALIDITY reset re-reads the mailbox from here, so mail
  -- older than the bot's start is never answered by surprise.
  ADD COLUMN take_since      timestamptz,
  -- While set, UIDs up to this one are being (re-)read with the take_since
  -- filter (back-fill or UIDVALIDITY re-scan); cleared when that is done.
  ADD COLUMN scan_until_uid  bigint;

UPDATE mailbox_checkpoints c
   SET take_since = coalesce((SELECT min(i.received_at) FROM inbound_messages i WHERE i.mailbox = c.mailbox), c.updated_at);

ALTER TABLE inbound_messages
  -- Larger than MAX_MESSAGE_BYTES: only the headers were downloaded (raw holds
  -- them), the message is never parsed and staff handle it by hand.
  ADD COLUMN oversized  boolean NOT NULL DEFAULT false,
  -- The watcher applied what a processed message gets in the mailbox (keyword,
  -- move; nothing for mail the bot does not handle): done once.
  ADD COLUMN marked_at  timestamptz;

CREATE INDEX inbound_messages_unmarked ON inbound_messages (mailbox, uid_validity, uid)
  WHERE processed_at IS NOT NULL AND marked_at IS NULL;
