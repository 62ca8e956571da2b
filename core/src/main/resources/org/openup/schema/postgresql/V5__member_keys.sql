-- Per-member data keys, each wrapped by the master key (which never enters the database).
-- wrapped_key is NULL once the member is forgotten; the row stays so no new key is ever made for them.
CREATE TABLE IF NOT EXISTS member_key (
    member_id VARCHAR(64) NOT NULL PRIMARY KEY,
    wrapped_key VARCHAR(200),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    forgotten_at TIMESTAMP WITH TIME ZONE
);

-- A keyed fingerprint of the master key, so a node started with a different one stops with a clear message.
CREATE TABLE IF NOT EXISTS master_key_check (
    id INTEGER NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(64) NOT NULL
);

-- Accounts: the address is sealed like other personal text and found by its keyed hash.
ALTER TABLE account ADD COLUMN IF NOT EXISTS email_lookup VARCHAR(64);
CREATE UNIQUE INDEX IF NOT EXISTS account_by_email_lookup ON account (email_lookup);
ALTER TABLE account ALTER COLUMN email SET DATA TYPE VARCHAR(1000);
ALTER TABLE account ALTER COLUMN display_name SET DATA TYPE VARCHAR(1000);

-- Read models now hold personal text sealed (longer than the text). They are emptied here and
-- their processors' tokens removed, so they rebuild from the events on the next start.
DELETE FROM token_entry;
DELETE FROM journey_view;
DELETE FROM journey_member_view;
DELETE FROM partner_invitation_view;
DELETE FROM question_view;
DELETE FROM constraint_view;
DELETE FROM moment_view;
DELETE FROM scene_view;
DELETE FROM invitation_view;
DELETE FROM talk_view;
DELETE FROM talk_rating_view;
DELETE FROM deeper_topics_view;
DELETE FROM partner_question_view;
ALTER TABLE journey_member_view ALTER COLUMN display_name SET DATA TYPE VARCHAR(1000);
ALTER TABLE question_view ALTER COLUMN original SET DATA TYPE VARCHAR(16000);
ALTER TABLE question_view ALTER COLUMN proposal SET DATA TYPE VARCHAR(16000);
ALTER TABLE question_view ALTER COLUMN final_text SET DATA TYPE VARCHAR(16000);
ALTER TABLE constraint_view ALTER COLUMN own_title SET DATA TYPE VARCHAR(2000);
ALTER TABLE constraint_view ALTER COLUMN note SET DATA TYPE VARCHAR(16000);
ALTER TABLE moment_view ALTER COLUMN what SET DATA TYPE VARCHAR(16000);
ALTER TABLE moment_view ALTER COLUMN thanks SET DATA TYPE VARCHAR(16000);
ALTER TABLE scene_view ALTER COLUMN name SET DATA TYPE VARCHAR(1000);
ALTER TABLE scene_view ALTER COLUMN notes SET DATA TYPE VARCHAR(16000);
ALTER TABLE invitation_view ALTER COLUMN topic_hint SET DATA TYPE VARCHAR(2000);
ALTER TABLE talk_rating_view ALTER COLUMN got_in_the_way SET DATA TYPE VARCHAR(16000);
ALTER TABLE partner_question_view ALTER COLUMN question SET DATA TYPE VARCHAR(8000);
ALTER TABLE partner_question_view ALTER COLUMN answer SET DATA TYPE VARCHAR(16000);
