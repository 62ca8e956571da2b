-- Calendar feeds: a secret token per member and journey, stored only as its SHA-256 hash (like a
-- session token), so a copy of the database does not give away anyone's feed address.
CREATE TABLE IF NOT EXISTS calendar_feed (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL,
    journey_id VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS calendar_feed_member ON calendar_feed (member_id, journey_id);
