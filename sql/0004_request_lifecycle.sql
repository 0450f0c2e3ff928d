-- Up Migration
-- What a request needs beyond its first version: the language replies use,
-- the sender's authentication results, the one extension of the due date,
-- reminders and escalation to staff, and the retention purge.

ALTER TABLE requests
  ADD COLUMN language          text NOT NULL DEFAULT 'en',
  -- Authentication-Results of the requester's mail as the receiving server saw it
  -- (dkim, spf, dmarc); kept in the minimal record after the purge.
  ADD COLUMN sender_auth       jsonb,
  ADD COLUMN extended_at       timestamptz,
  ADD COLUMN extended_by       text,
  ADD COLUMN extension_reason  text,
  ADD COLUMN last_reminder_at  timestamptz,
  ADD COLUMN escalated_at      timestamptz,
  -- Set when the bot's copy of the personal data was purged; from then on only
  -- the minimal record (dates, decision, counts, username_hash) remains.
  ADD COLUMN purged_at         timestamptz,
  -- Keyed hash (HMAC with APPROVAL_SECRET) of the lowercased username, so a repeat
  -- request can be recognised after the username itself is gone.
  ADD COLUMN username_hash     text;

CREATE INDEX requests_username_hash ON requests (username_hash) WHERE username_hash IS NOT NULL;
CREATE INDEX requests_open_due ON requests (due_at) WHERE state IN ('received', 'needs_info', 'awaiting_approval', 'approved', 'deleting');
