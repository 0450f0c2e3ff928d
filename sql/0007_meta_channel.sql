-- Up Migration
-- Meta's channel: a request may come from Meta's data-deletion callback instead of a mail.
-- It names the app-scoped Instagram user id, not a username or an address, and its requester
-- follows it on a status page through an unguessable code.
ALTER TABLE requests
  ADD COLUMN source        text NOT NULL DEFAULT 'email' CHECK (source IN ('email', 'meta')),
  ADD COLUMN meta_user_id  text,
  ADD COLUMN status_code   text UNIQUE;

-- One open request per Meta user id: a repeated callback joins it.
CREATE UNIQUE INDEX requests_one_open_per_meta_user
  ON requests (meta_user_id)
  WHERE meta_user_id IS NOT NULL
    AND state IN ('received', 'needs_info', 'awaiting_approval', 'approved', 'deleting');

-- Every callback Meta sent, valid or not opened: deauthorizations (which open no request)
-- and data-deletion callbacks, with what the bot did. No personal data beyond Meta's id.
CREATE TABLE meta_callbacks (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind           text NOT NULL CHECK (kind IN ('data_deletion', 'deauthorize')),
  meta_user_id   text NOT NULL,
  account_found  boolean NOT NULL,
  request_id     uuid REFERENCES requests (id),
  detail         jsonb NOT NULL DEFAULT '{}',
  at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meta_callbacks_user ON meta_callbacks (meta_user_id);
