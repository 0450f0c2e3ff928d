-- Up Migration
-- Every refused decision attempt made by mail, also those naming no request the bot knows
-- (which have no request to hold an event). Staff get an alert for the first few in an hour;
-- the rest wait here (alerted = false) for the next digest, so a flood of forgeries is all
-- recorded but never becomes a flood of mail. Holds the reason only, no address or text.
CREATE TABLE refused_attempts (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  request_id uuid REFERENCES requests (id) ON DELETE SET NULL,
  reason text NOT NULL,
  alerted boolean NOT NULL,
  digest_outbox_id uuid
);
CREATE INDEX refused_attempts_at ON refused_attempts (at);
CREATE INDEX refused_attempts_undigested ON refused_attempts (at) WHERE NOT alerted AND digest_outbox_id IS NULL;

