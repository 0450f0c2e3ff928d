-- Up Migration
-- One open request per Instagram username: a second request for the same account
-- joins the open one (src/requests/open-request-for-username.ts takes a lock per
-- username before it looks). This index is the database's guarantee of the same
-- rule, whatever path writes a request. Open = every state but completed,
-- rejected and cancelled.
CREATE UNIQUE INDEX requests_one_open_per_username
  ON requests (lower(instagram_username))
  WHERE instagram_username IS NOT NULL
    AND state IN ('received', 'needs_info', 'awaiting_approval', 'approved', 'deleting');
