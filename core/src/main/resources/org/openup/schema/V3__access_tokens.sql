-- Credentials are not events: bearer tokens of the web API live in an ordinary table, hashed.
CREATE TABLE IF NOT EXISTS access_token (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
