-- Up Migration
-- The requests one address opened in the last day, counted for every new request of it to
-- give a flooding address's work its fair place in the queues (src/queue/fair-share.ts).
CREATE INDEX requests_sender_received ON requests (lower(sender_email), received_at);
