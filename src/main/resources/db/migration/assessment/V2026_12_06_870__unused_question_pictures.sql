-- Pictures uploaded in the question editor but never saved with a question are deleted after a day (UnusedPictures).
-- The hourly sweep learns in the system scope only which centres hold pictures old enough to look at; whether a
-- picture is shown by some question version, and the deletion, are decided inside each centre. So the table becomes
-- visible to the system scope (as assessment.attempt is to its sweep), and the question versions get an index on the
-- picture they show (also used when a learner's paper asks for a picture).
DROP POLICY centre_isolation ON assessment.question_image;
SELECT platform.protect_shared_table('assessment.question_image');
CREATE INDEX question_image_uploaded ON assessment.question_image (uploaded_at);
CREATE INDEX question_version_image ON assessment.question_version (centre_id, (content ->> 'image'))
  WHERE content ->> 'image' IS NOT NULL;
