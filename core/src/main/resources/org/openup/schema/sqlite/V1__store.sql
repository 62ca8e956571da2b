-- The embedded store's whole schema, in SQLite's terms (the PostgreSQL set reached the same
-- tables in ten steps). Type names are kept for the reader; SQLite stores by value. Times are
-- integers (milliseconds since the epoch), as the JDBC driver writes them.

-- Axon's event store and snapshots (Axon's column names, in snake case). AUTOINCREMENT: a global
-- index is never reused, and since SQLite has one writer at a time, indexes follow commit order.
CREATE TABLE domain_event_entry (
    global_index INTEGER PRIMARY KEY AUTOINCREMENT,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number BIGINT NOT NULL,
    type VARCHAR(255),
    timestamp VARCHAR(255) NOT NULL,
    payload_type VARCHAR(255) NOT NULL,
    payload_revision VARCHAR(255),
    payload BLOB NOT NULL,
    meta_data BLOB,
    UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number BIGINT NOT NULL,
    type VARCHAR(255) NOT NULL,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    timestamp VARCHAR(255) NOT NULL,
    payload_type VARCHAR(255) NOT NULL,
    payload_revision VARCHAR(255),
    payload BLOB NOT NULL,
    meta_data BLOB,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- A row here means the read models must be rebuilt from the events before anything reads them
-- (a store carried over from another version); the next start does it and removes the row.
CREATE TABLE replay_due (
    reason VARCHAR(200) NOT NULL PRIMARY KEY
);

-- Who is in which journey.
CREATE TABLE journey_view (
    journey_id VARCHAR(64) NOT NULL PRIMARY KEY,
    started_by VARCHAR(64) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    member_count INTEGER NOT NULL
);

CREATE TABLE journey_member_view (
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    display_name VARCHAR(1000) NOT NULL,
    role VARCHAR(16) NOT NULL,
    joined_at TIMESTAMP NOT NULL,
    left_at TIMESTAMP,
    -- the member's own time zone: times are stored as instants and shown in it
    time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC',
    PRIMARY KEY (journey_id, member_id)
);
CREATE INDEX journey_member_by_member ON journey_member_view (member_id);

-- Partner invitations by the hash of their code (never the code).
CREATE TABLE partner_invitation_view (
    code_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    status VARCHAR(16) NOT NULL
);
CREATE INDEX partner_invitation_by_journey ON partner_invitation_view (journey_id);

-- The method's steps. Each row names its journey and its author, so every query can apply the
-- visibility rule (own entries, plus shared ones while both members are in). Personal text is
-- sealed under its author's key.
CREATE TABLE question_view (
    question_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    original VARCHAR(16000) NOT NULL,
    proposal VARCHAR(16000) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    decision VARCHAR(16),
    final_text VARCHAR(16000),
    asked_at TIMESTAMP NOT NULL,
    settled_at TIMESTAMP
);
CREATE INDEX question_by_member ON question_view (journey_id, member_id);

CREATE TABLE constraint_view (
    constraint_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    kind VARCHAR(64) NOT NULL,
    own_title VARCHAR(2000),
    note VARCHAR(16000),
    shared BOOLEAN NOT NULL,
    noted_at TIMESTAMP NOT NULL,
    revised_at TIMESTAMP
);
CREATE INDEX constraint_by_journey ON constraint_view (journey_id);

CREATE TABLE moment_view (
    moment_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    what VARCHAR(16000) NOT NULL,
    noted_at TIMESTAMP NOT NULL,
    partner_id VARCHAR(64),
    thanks VARCHAR(16000),
    thanked_at TIMESTAMP
);
CREATE INDEX moment_by_journey ON moment_view (journey_id);

CREATE TABLE scene_view (
    scene_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    author_id VARCHAR(64) NOT NULL,
    name VARCHAR(1000) NOT NULL,
    time_of_day VARCHAR(64),
    place VARCHAR(64),
    movement VARCHAR(64),
    music VARCHAR(64),
    food_and_drink VARCHAR(64),
    notes VARCHAR(16000),
    described_at TIMESTAMP NOT NULL,
    revised_at TIMESTAMP
);
CREATE INDEX scene_by_journey ON scene_view (journey_id);

CREATE TABLE invitation_view (
    invitation_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    asker_id VARCHAR(64) NOT NULL,
    invitee_id VARCHAR(64),
    topic_hint VARCHAR(2000),
    suggested_minutes INTEGER NOT NULL,
    scene_ids VARCHAR(2000) NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    status VARCHAR(16) NOT NULL,
    answered_by VARCHAR(64),
    answered_at TIMESTAMP,
    talk_at TIMESTAMP,
    talk_zone VARCHAR(64),
    talk_scene_id VARCHAR(64),
    ask_again_from TIMESTAMP,
    -- when a reminder is due; the plugins deliver it from here
    remind_at TIMESTAMP
);
CREATE INDEX invitation_by_journey ON invitation_view (journey_id);
CREATE INDEX invitation_by_remind_at ON invitation_view (remind_at);

CREATE TABLE talk_view (
    talk_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    invitation_id VARCHAR(64),
    recorded_by VARCHAR(64) NOT NULL,
    started_by VARCHAR(64) NOT NULL,
    held_at TIMESTAMP NOT NULL,
    minutes INTEGER NOT NULL,
    scene_id VARCHAR(64)
);
CREATE INDEX talk_by_journey ON talk_view (journey_id);

-- Private to member_id: never read on behalf of anyone else.
CREATE TABLE talk_rating_view (
    talk_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    journey_id VARCHAR(64) NOT NULL,
    felt_open INTEGER NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    got_in_the_way VARCHAR(16000),
    rated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (talk_id, member_id)
);

CREATE TABLE deeper_topics_view (
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    ready_at TIMESTAMP NOT NULL,
    PRIMARY KEY (journey_id, member_id)
);

-- Constraint questions put to the partner. The answer is the partner's: the asker reads it only when shared.
CREATE TABLE partner_question_view (
    ask_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    asker_id VARCHAR(64) NOT NULL,
    partner_id VARCHAR(64) NOT NULL,
    question VARCHAR(8000) NOT NULL,
    asked_at TIMESTAMP NOT NULL,
    status VARCHAR(16) NOT NULL,
    answer VARCHAR(16000),
    shared BOOLEAN NOT NULL,
    answered_at TIMESTAMP
);
CREATE INDEX partner_question_by_journey ON partner_question_view (journey_id);

-- Accounts, web sessions and login attempts: credentials, so ordinary tables and never events.
-- The address is sealed like other personal text and found by its keyed hash.
CREATE TABLE account (
    member_id VARCHAR(64) NOT NULL PRIMARY KEY,
    email VARCHAR(1000) NOT NULL UNIQUE,
    display_name VARCHAR(1000) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    password_changed_at TIMESTAMP NOT NULL,
    email_lookup VARCHAR(64)
);
CREATE UNIQUE INDEX account_by_email_lookup ON account (email_lookup);

-- Only the SHA-256 of a session token is stored.
CREATE TABLE web_session (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL,
    csrf_token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX web_session_by_member ON web_session (member_id);

-- Failed logins, for throttling per account and per address. Old rows are pruned as new ones come.
CREATE TABLE login_failure (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email VARCHAR(254) NOT NULL,
    address VARCHAR(64) NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
CREATE INDEX login_failure_by_email ON login_failure (email, failed_at);
CREATE INDEX login_failure_by_address ON login_failure (address, failed_at);

-- Per-member data keys, each wrapped by the master key (which never enters the database).
-- wrapped_key is NULL once the member is forgotten; the row stays so no new key is ever made for them.
CREATE TABLE member_key (
    member_id VARCHAR(64) NOT NULL PRIMARY KEY,
    wrapped_key VARCHAR(200),
    created_at TIMESTAMP NOT NULL,
    forgotten_at TIMESTAMP
);

-- A keyed fingerprint of the master key, so a process started with a different one stops with a clear message.
CREATE TABLE master_key_check (
    id INTEGER NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(64) NOT NULL
);

-- Notifications for members and their delivery to the channels they enabled (an outbox). No
-- personal free text lives here: only kinds, ids, times and minutes.
CREATE TABLE notification_invitation (
    invitation_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    asker_id VARCHAR(64) NOT NULL,
    invitee_id VARCHAR(64),
    minutes INTEGER NOT NULL
);

-- One row per notification for one member. delivery_id is derived from the event, so processing
-- an event twice (a replay) finds the row already there and adds nothing.
-- state: waiting (until due_at, then routed to channels), routed, cancelled.
CREATE TABLE notification_outbox (
    delivery_id VARCHAR(64) NOT NULL PRIMARY KEY,
    member_id VARCHAR(64) NOT NULL,
    journey_id VARCHAR(64) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    invitation_id VARCHAR(64),
    talk_at TIMESTAMP,
    talk_zone VARCHAR(64),
    minutes INTEGER,
    occurred_at TIMESTAMP NOT NULL,
    due_at TIMESTAMP NOT NULL,
    -- the time of the event that caused it: a later event may cancel it, an earlier one (in a replay) may not
    caused_at TIMESTAMP NOT NULL,
    state VARCHAR(16) NOT NULL,
    routed_at TIMESTAMP
);
CREATE INDEX notification_outbox_due ON notification_outbox (state, due_at);
CREATE INDEX notification_outbox_member ON notification_outbox (member_id, occurred_at);
CREATE INDEX notification_outbox_invitation ON notification_outbox (invitation_id);
CREATE INDEX notification_outbox_journey ON notification_outbox (journey_id, state);

-- One row per notification, channel and target (e.g. one webhook endpoint).
-- state: pending (retried with backoff), delivered, failed (gave up), dropped (target gone).
-- claimed_until is a lease, so that of several processes only one delivers a row at a time.
CREATE TABLE notification_delivery (
    delivery_id VARCHAR(64) NOT NULL,
    channel VARCHAR(64) NOT NULL,
    target VARCHAR(200) NOT NULL,
    state VARCHAR(16) NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    claimed_by VARCHAR(200),
    last_error VARCHAR(400),
    delivered_at TIMESTAMP,
    PRIMARY KEY (delivery_id, channel, target)
);
CREATE INDEX notification_delivery_due ON notification_delivery (state, next_attempt_at);
