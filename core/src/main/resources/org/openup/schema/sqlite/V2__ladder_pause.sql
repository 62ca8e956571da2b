-- A member's talk ladder paused after a safety note, until they resume it. Only that, never why.
CREATE TABLE ladder_pause_view (
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    paused_at TIMESTAMP NOT NULL,
    PRIMARY KEY (journey_id, member_id)
);
