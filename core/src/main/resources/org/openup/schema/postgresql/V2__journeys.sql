-- Read model of the "journeys" projection: who is in which journey.
CREATE TABLE IF NOT EXISTS journey_view (
    journey_id VARCHAR(64) NOT NULL PRIMARY KEY,
    started_by VARCHAR(64) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    member_count INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS journey_member_view (
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    role VARCHAR(16) NOT NULL,
    joined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at TIMESTAMP WITH TIME ZONE,
    -- the member's own time zone: times are stored as instants and shown in it
    time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC',
    PRIMARY KEY (journey_id, member_id)
);
CREATE INDEX IF NOT EXISTS journey_member_by_member ON journey_member_view (member_id);

-- Partner invitations by the hash of their code (never the code). Used and replaced ones stay,
-- so a late join with an old code reaches the journey and gets the journey's own answer.
CREATE TABLE IF NOT EXISTS partner_invitation_view (
    code_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(16) NOT NULL
);
CREATE INDEX IF NOT EXISTS partner_invitation_by_journey ON partner_invitation_view (journey_id);
