-- A calendar feed gets an id of its own, so that a page can name the feed to revoke without its token or its hash, and
-- remembers who made it and who revoked it (the learner, a guardian, the teacher, or the office).
ALTER TABLE timetable.feed ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE timetable.feed ADD COLUMN created_by text NOT NULL DEFAULT '';
ALTER TABLE timetable.feed ADD COLUMN revoked_by text;
ALTER TABLE timetable.feed ADD CONSTRAINT feed_id_key UNIQUE (centre_id, id);
-- The owner's name as it was when the feed was made (like a lesson's teacher_name), so that the office's list of feeds
-- and the calendar's title read without the people records' rights.
ALTER TABLE timetable.feed ADD COLUMN owner_name text NOT NULL DEFAULT '';
