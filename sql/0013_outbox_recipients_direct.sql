-- Up Migration
-- The daily cap on automatic answers counts an address's mails of the last day through the
-- GIN index of 0006 on every answer written. With GIN's fast update (the default) new entries
-- wait in a pending list that every search reads whole until VACUUM merges it, and the outbox
-- gains about three rows per request: in a busy hour each count read all of the hour's entries.
-- An outbox row has one or two addresses, so writing them into the index directly costs each
-- insert little. The pending list the index already holds is merged now (writes to the outbox
-- wait until this commits).
ALTER INDEX outbox_recipients SET (fastupdate = off);
SELECT gin_clean_pending_list('outbox_recipients');

-- Down Migration
ALTER INDEX outbox_recipients RESET (fastupdate);
