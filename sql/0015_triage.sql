-- Up Migration
-- Mail that may be a request but that the reader cannot read with confidence goes to staff
-- for triage instead of nowhere (src/triage/). It is kept as a request row in state
-- `triage`: it has a reference, the due date runs from the mail's arrival, and reminders,
-- escalation and the listing see it like any open request. Staff answer REQUEST @handle
-- (it becomes `received`, the usual path), REQUEST (it becomes `needs_info`: the requester
-- is asked for the username) or IGNORE (the new final state `ignored`: nothing is sent).
-- The handle the reader found is only a suggestion (`suggested_username`): the account's one
-- open request is claimed by `instagram_username`, set when staff confirm it.
-- Lock cost: the requests table is locked against reads and writes until this commits,
-- while the CHECK is validated and the two partial indexes are rebuilt; both read the
-- table once (a request a few hundred bytes, thousands a year: well under a second).
ALTER TABLE requests ADD COLUMN suggested_username text;

ALTER TABLE requests DROP CONSTRAINT requests_state_check;
ALTER TABLE requests ADD CONSTRAINT requests_state_check CHECK (state IN ('triage', 'received', 'needs_info',
  'awaiting_approval', 'approved', 'deleting', 'deletion_failed', 'completed', 'rejected', 'cancelled', 'ignored'));

DROP INDEX requests_one_open_per_username;
CREATE UNIQUE INDEX requests_one_open_per_username
  ON requests (lower(instagram_username))
  WHERE instagram_username IS NOT NULL
    AND state IN ('triage', 'received', 'needs_info', 'awaiting_approval', 'approved', 'deleting', 'deletion_failed');

DROP INDEX requests_open_due;
CREATE INDEX requests_open_due ON requests (due_at)
  WHERE state IN ('triage', 'received', 'needs_info', 'awaiting_approval', 'approved', 'deleting', 'deletion_failed');
