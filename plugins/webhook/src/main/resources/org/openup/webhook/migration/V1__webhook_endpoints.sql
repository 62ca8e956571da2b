-- Webhook endpoints. member_id NULL is an operator's endpoint, which receives every member's
-- notifications (they carry no personal text). The secret signs deliveries, so it is kept as given
-- out; it is a credential, like a session token, and never an event.
CREATE TABLE IF NOT EXISTS webhook_endpoint (
    endpoint_id VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64),
    url VARCHAR(2000) NOT NULL,
    secret VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS webhook_endpoint_member ON webhook_endpoint (member_id);
