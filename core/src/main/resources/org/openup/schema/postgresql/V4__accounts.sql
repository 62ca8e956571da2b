-- Accounts, web sessions and login attempts: credentials, so ordinary tables and never events.
CREATE TABLE IF NOT EXISTS account (
    member_id VARCHAR(64) NOT NULL PRIMARY KEY,
    email VARCHAR(254) NOT NULL UNIQUE,
    display_name VARCHAR(200) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Only the SHA-256 of a session token is stored; any node can check it.
CREATE TABLE IF NOT EXISTS web_session (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL,
    csrf_token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS web_session_by_member ON web_session (member_id);

-- Failed logins, for throttling per account and per address. Old rows are pruned as new ones come.
CREATE TABLE IF NOT EXISTS login_failure (
    id BIGSERIAL NOT NULL PRIMARY KEY,
    email VARCHAR(254) NOT NULL,
    address VARCHAR(64) NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failure_by_email ON login_failure (email, failed_at);
CREATE INDEX IF NOT EXISTS login_failure_by_address ON login_failure (address, failed_at);
