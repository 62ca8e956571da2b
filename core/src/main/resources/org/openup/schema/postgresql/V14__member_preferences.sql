-- A member's own choices about what OpenUp shows them (one row per choice that is on), e.g. the
-- weekly openness figure in insights. Settings, not history: a plain table, erased when the member is forgotten.
CREATE TABLE member_preference (
    member_id VARCHAR(64) NOT NULL,
    name VARCHAR(64) NOT NULL,
    PRIMARY KEY (member_id, name)
);
