-- The kinds of mail each member turned on (a row per kind; none by default).
CREATE TABLE email_preference (
    member_id VARCHAR(64) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    PRIMARY KEY (member_id, kind)
);

-- The token in every mail's "stop these mails" link: it can only turn mail off.
CREATE TABLE email_unsubscribe (
    token VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL UNIQUE
);
