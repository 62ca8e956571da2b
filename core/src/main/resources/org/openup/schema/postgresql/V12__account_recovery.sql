-- Account recovery. A reset link's token is stored only as its SHA-256; a link works for a short
-- while and once, and every link of the member goes when one is used.
CREATE TABLE password_reset (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX password_reset_by_member ON password_reset (member_id);

-- A recovery mail belongs to no journey.
ALTER TABLE notification_outbox ALTER COLUMN journey_id DROP NOT NULL;
