-- A replay rewinds a processor's tokens and, in the same transaction, records here that its
-- tables are to be cleared; it then clears them with TRUNCATE (on H2 that commits at once, so it
-- cannot share the rewind's transaction) and removes the row. A start that finds a row finishes
-- the clearing before the processor runs.
CREATE TABLE IF NOT EXISTS replay_clearing (processor_name VARCHAR(255) NOT NULL PRIMARY KEY);
