-- Up Migration
-- The bot's own records. Postgres is the source of truth; Redis only runs jobs.

-- Where the IMAP watcher is in each mailbox. Moved forward in the same
-- transaction that stores a message, so a restart neither skips nor repeats.
CREATE TABLE mailbox_checkpoints (
  mailbox       text PRIMARY KEY,
  uid_validity  bigint NOT NULL,
  last_uid      bigint NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Every message taken from the mailbox, exactly once.
CREATE TABLE inbound_messages (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  mailbox         text NOT NULL,
  uid_validity    bigint NOT NULL,
  uid             bigint NOT NULL,
  message_id      text,
  content_sha256  text NOT NULL,
  size_bytes      integer NOT NULL,
  raw             bytea,                 -- personal data; purged after retention
  received_at     timestamptz NOT NULL,  -- the server's INTERNALDATE
  stored_at       timestamptz NOT NULL DEFAULT now(),
  kind            text,                  -- set once understood
  processed_at    timestamptz,
  request_id      uuid,
  UNIQUE (mailbox, uid_validity, uid)
);
-- The same message seen again (e.g. after a UIDVALIDITY reset) is not taken twice.
CREATE UNIQUE INDEX inbound_messages_identity
  ON inbound_messages (coalesce(message_id, ''), content_sha256);
CREATE INDEX inbound_messages_unprocessed ON inbound_messages (stored_at) WHERE processed_at IS NULL;

CREATE TABLE reference_counters (
  year        integer PRIMARY KEY,
  last_value  integer NOT NULL
);

CREATE TABLE requests (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference            text NOT NULL UNIQUE,       -- DR-YYYY-NNNNN
  state                text NOT NULL CHECK (state IN ('received', 'needs_info', 'awaiting_approval',
                         'approved', 'deleting', 'completed', 'rejected', 'cancelled')),
  instagram_username   text,
  sender_email         text,
  confirmation_email   text,
  confirmation_source  text,
  statement            text,
  source_message_id    uuid REFERENCES inbound_messages (id),
  thread_message_id    text,                      -- Message-ID of the requester's mail
  received_at          timestamptz NOT NULL,      -- when the mail arrived: the SLA clock
  due_at               timestamptz NOT NULL,
  inventory            jsonb,                     -- rows per table held, shown to staff
  deleted_counts       jsonb,                     -- rows erased per table
  decided_by           text,
  decided_at           timestamptz,
  decision_reason      text,
  completed_at         timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX requests_state ON requests (state);
CREATE INDEX requests_username ON requests (lower(instagram_username));

ALTER TABLE inbound_messages
  ADD CONSTRAINT inbound_messages_request FOREIGN KEY (request_id) REFERENCES requests (id);

-- Append-only audit trail: every state change and every refused attempt.
CREATE TABLE request_events (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id  uuid NOT NULL REFERENCES requests (id),
  at          timestamptz NOT NULL DEFAULT now(),
  type        text NOT NULL,
  from_state  text,
  to_state    text,
  actor       text,
  detail      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX request_events_request ON request_events (request_id, id);

-- Transactional outbox: a mail is a row written with the change that causes it.
CREATE TABLE outbox (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id     uuid REFERENCES requests (id),
  purpose        text NOT NULL,
  to_addresses   text[] NOT NULL,
  subject        text NOT NULL,
  text_body      text NOT NULL,
  html_body      text,
  message_id     text NOT NULL UNIQUE,       -- stable: a resend is the same mail
  in_reply_to    text,
  references_ids text[] NOT NULL DEFAULT '{}',
  state          text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
  attempts       integer NOT NULL DEFAULT 0,
  last_error     text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  sent_at        timestamptz
);
CREATE INDEX outbox_pending ON outbox (created_at) WHERE state = 'pending';
CREATE INDEX outbox_request ON outbox (request_id);
