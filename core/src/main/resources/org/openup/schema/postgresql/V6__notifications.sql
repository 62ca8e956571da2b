-- Notifications for members and their delivery to the channels they enabled (an outbox).
-- No personal free text lives here: only kinds, ids, times and minutes. Personal text in the store
-- is encrypted per member, and a copy in the clear here would survive forgetting that member.

-- What the notification projection remembers of each invitation to address later notifications.
CREATE TABLE IF NOT EXISTS notification_invitation (
    invitation_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    asker_id VARCHAR(64) NOT NULL,
    invitee_id VARCHAR(64),
    minutes INTEGER NOT NULL
);

-- One row per notification for one member. delivery_id is derived from the event, so processing
-- an event twice (a replay, a retried batch) finds the row already there and adds nothing.
-- state: waiting (until due_at, then routed to channels), routed, cancelled.
CREATE TABLE IF NOT EXISTS notification_outbox (
    delivery_id VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL,
    journey_id VARCHAR(64) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    invitation_id VARCHAR(64),
    talk_at TIMESTAMP WITH TIME ZONE,
    talk_zone VARCHAR(64),
    minutes INTEGER,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the time of the event that caused it: a later event may cancel it, an earlier one (in a replay) may not
    caused_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state VARCHAR(16) NOT NULL,
    routed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS notification_outbox_due ON notification_outbox (state, due_at);
CREATE INDEX IF NOT EXISTS notification_outbox_member ON notification_outbox (member_id, occurred_at);
CREATE INDEX IF NOT EXISTS notification_outbox_invitation ON notification_outbox (invitation_id);

-- One row per notification, channel and target (e.g. one webhook endpoint).
-- state: pending (retried with backoff), delivered, failed (gave up), dropped (target gone).
-- claimed_until is a lease, so that of several nodes only one delivers a row at a time.
CREATE TABLE IF NOT EXISTS notification_delivery (
    delivery_id VARCHAR(64) NOT NULL,
    channel VARCHAR(64) NOT NULL,
    target VARCHAR(200) NOT NULL,
    state VARCHAR(16) NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    claimed_by VARCHAR(200),
    last_error VARCHAR(400),
    delivered_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (delivery_id, channel, target)
);
CREATE INDEX IF NOT EXISTS notification_delivery_due ON notification_delivery (state, next_attempt_at);
