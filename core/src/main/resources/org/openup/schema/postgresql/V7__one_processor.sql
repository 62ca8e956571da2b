-- Every read model and the notification outbox are now built by one processor, 'read-models',
-- instead of one processor each. It starts from the first event, so the views it builds are
-- cleared here, with the old processors' positions. The outbox is kept: processing an event again
-- finds its notification already there (delivery ids come from the events) and adds nothing.
DELETE FROM token_entry WHERE processor_name IN ('journeys', 'reflections', 'conversations', 'scenes', 'notifications');
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
