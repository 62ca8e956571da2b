-- Account recovery. A reset link's token is stored only as its SHA-256; a link works for a short
-- while and once, and every link of the member goes when one is used.
CREATE TABLE password_reset (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX password_reset_by_member ON password_reset (member_id);

-- A recovery mail belongs to no journey, so journey_id may be NULL. SQLite cannot drop a NOT NULL
-- in place: the table is made again and its rows copied.
CREATE TABLE notification_outbox_v3 (
    delivery_id VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL,
    journey_id VARCHAR(64),
    kind VARCHAR(32) NOT NULL,
    invitation_id VARCHAR(64),
    talk_at TIMESTAMP,
    talk_zone VARCHAR(64),
    minutes INTEGER,
    occurred_at TIMESTAMP NOT NULL,
    due_at TIMESTAMP NOT NULL,
    caused_at TIMESTAMP NOT NULL,
    state VARCHAR(16) NOT NULL,
    routed_at TIMESTAMP
);
INSERT INTO notification_outbox_v3 (delivery_id, member_id, journey_id, kind, invitation_id, talk_at, talk_zone, minutes,
                                    occurred_at, due_at, caused_at, state, routed_at)
SELECT delivery_id, member_id, journey_id, kind, invitation_id, talk_at, talk_zone, minutes, occurred_at, due_at, caused_at,
       state, routed_at FROM notification_outbox;
DROP TABLE notification_outbox;
ALTER TABLE notification_outbox_v3 RENAME TO notification_outbox;
CREATE INDEX notification_outbox_due ON notification_outbox (state, due_at);
CREATE INDEX notification_outbox_member ON notification_outbox (member_id, occurred_at);
CREATE INDEX notification_outbox_invitation ON notification_outbox (invitation_id);
CREATE INDEX notification_outbox_journey ON notification_outbox (journey_id, state);
