-- A member leaving cancels their journey's waiting notifications by journey; without an index
-- that was a scan of the whole outbox for every such event, in replays too.
CREATE INDEX IF NOT EXISTS notification_outbox_journey ON notification_outbox (journey_id, state);
