-- Up Migration
-- The daily cap on automatic answers counts, for every answer written, the
-- mails to that address in the last day (to_addresses @> ARRAY[address]);
-- without this index that count reads the whole outbox each time.
CREATE INDEX outbox_recipients ON outbox USING gin (to_addresses);
