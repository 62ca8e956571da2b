-- A password a member set so that the CLI on a shared machine acts as them only when it is given
-- (MemberLocks). Kept in the store, not in a profile file, so a new profile made with the same
-- member id is locked too. Only an Argon2id hash; erased when the member is forgotten.
CREATE TABLE member_lock (
    member_id VARCHAR(64) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    locked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
