-- Read models of the method's steps. Each row names its journey and its author, so every query
-- can apply the visibility rule (own entries, plus shared ones while both members are in).

CREATE TABLE IF NOT EXISTS question_view (
    question_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    original VARCHAR(4000) NOT NULL,
    proposal VARCHAR(4000) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    decision VARCHAR(16),
    final_text VARCHAR(4000),
    asked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS question_by_member ON question_view (journey_id, member_id);

CREATE TABLE IF NOT EXISTS constraint_view (
    constraint_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    kind VARCHAR(64) NOT NULL,
    own_title VARCHAR(400),
    note VARCHAR(4000),
    shared BOOLEAN NOT NULL,
    noted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revised_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS constraint_by_journey ON constraint_view (journey_id);

CREATE TABLE IF NOT EXISTS moment_view (
    moment_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    what VARCHAR(4000) NOT NULL,
    noted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    partner_id VARCHAR(64),
    thanks VARCHAR(4000),
    thanked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS moment_by_journey ON moment_view (journey_id);

CREATE TABLE IF NOT EXISTS scene_view (
    scene_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    author_id VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    time_of_day VARCHAR(64),
    place VARCHAR(64),
    movement VARCHAR(64),
    music VARCHAR(64),
    food_and_drink VARCHAR(64),
    notes VARCHAR(4000),
    described_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revised_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS scene_by_journey ON scene_view (journey_id);

CREATE TABLE IF NOT EXISTS invitation_view (
    invitation_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    asker_id VARCHAR(64) NOT NULL,
    invitee_id VARCHAR(64),
    topic_hint VARCHAR(400),
    suggested_minutes INTEGER NOT NULL,
    scene_ids VARCHAR(2000) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(16) NOT NULL,
    answered_by VARCHAR(64),
    answered_at TIMESTAMP WITH TIME ZONE,
    talk_at TIMESTAMP WITH TIME ZONE,
    talk_zone VARCHAR(64),
    talk_scene_id VARCHAR(64),
    ask_again_from TIMESTAMP WITH TIME ZONE,
    -- when a reminder is due; the plugins deliver it from here
    remind_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS invitation_by_journey ON invitation_view (journey_id);
CREATE INDEX IF NOT EXISTS invitation_by_remind_at ON invitation_view (remind_at);

CREATE TABLE IF NOT EXISTS talk_view (
    talk_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    invitation_id VARCHAR(64),
    recorded_by VARCHAR(64) NOT NULL,
    started_by VARCHAR(64) NOT NULL,
    held_at TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes INTEGER NOT NULL,
    scene_id VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS talk_by_journey ON talk_view (journey_id);

-- Private to member_id: never read on behalf of anyone else.
CREATE TABLE IF NOT EXISTS talk_rating_view (
    talk_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    journey_id VARCHAR(64) NOT NULL,
    felt_open INTEGER NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    got_in_the_way VARCHAR(4000),
    rated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (talk_id, member_id)
);

CREATE TABLE IF NOT EXISTS deeper_topics_view (
    journey_id VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    ready_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (journey_id, member_id)
);

-- Constraint questions put to the partner. The answer is the partner's: the asker reads it only when shared.
CREATE TABLE IF NOT EXISTS partner_question_view (
    ask_id VARCHAR(64) NOT NULL PRIMARY KEY,
    journey_id VARCHAR(64) NOT NULL,
    asker_id VARCHAR(64) NOT NULL,
    partner_id VARCHAR(64) NOT NULL,
    question VARCHAR(4000) NOT NULL,
    asked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status VARCHAR(16) NOT NULL,
    answer VARCHAR(4000),
    shared BOOLEAN NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS partner_question_by_journey ON partner_question_view (journey_id);
