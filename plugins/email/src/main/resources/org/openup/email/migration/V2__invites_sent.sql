-- When a member mailed a partner their join link: only that, for the daily limit; never the address.
CREATE TABLE email_invite_sent (
    member_id VARCHAR(64) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX email_invite_sent_by_member ON email_invite_sent (member_id);
