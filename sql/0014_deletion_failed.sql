-- Up Migration
-- A deletion whose check afterwards still finds data ends in `deletion_failed`, a state
-- staff see and leave by approving again (src/requests/state-rules.ts). It is open: the
-- due date still applies and it keeps the account's one open request. The state's CHECK
-- and the two indexes that list the open states gain it.
-- Lock cost: the requests table is locked against reads and writes until this commits,
-- while the CHECK is validated and the two partial indexes are rebuilt; both read the
-- table once (a request a few hundred bytes, thousands a year: well under a second).
ALTER TABLE requests DROP CONSTRAINT requests_state_check;
ALTER TABLE requests ADD CONSTRAINT requests_state_check CHECK (state IN ('received', 'needs_info',
  'awaiting_approval', 'approved', 'deleting', 'deletion_failed', 'completed', 'rejected', 'cancelled'));

DROP INDEX requests_one_open_per_username;
CREATE UNIQUE INDEX requests_one_open_per_username
  ON requests (lower(instagram_username))
  WHERE instagram_username IS NOT NULL
    AND state IN ('received', 'needs_info', 'awaiting_approval', 'approved', 'deleting', 'deletion_failed');

DROP INDEX requests_open_due;
CREATE INDEX requests_open_due ON requests (due_at)
  WHERE state IN ('received', 'needs_info', 'awaiting_approval', 'approved', 'deleting', 'deletion_failed');
