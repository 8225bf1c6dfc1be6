-- The written remarks of the score book: the subject teacher's comment on a learner's progress per subject and semester
-- (the comment column of the monitoring-and-assessment book, TT 43/2021 Appendix 2; the subject teacher's remark in the
-- học bạ) and the homeroom teacher's remark on the learner's year (subject_id and semester NULL; GVCN's remark in the
-- học bạ). body NULL once the teacher cleared it; version counts the writes, for optimistic locking as with marks.
CREATE TABLE gradebook.remark (
  centre_id  uuid        NOT NULL,
  class_id   uuid        NOT NULL,
  subject_id uuid,
  semester   smallint    CHECK (semester IN (1, 2)),
  learner_id uuid        NOT NULL,
  body       text        CHECK (char_length(body) BETWEEN 1 AND 1000),
  version    integer     NOT NULL CHECK (version >= 1),
  changed_at timestamptz NOT NULL,
  changed_by text        NOT NULL,
  CHECK ((subject_id IS NULL) = (semester IS NULL)),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id)
);
CREATE UNIQUE INDEX remark_uq ON gradebook.remark (centre_id, class_id, learner_id, subject_id, semester)
  NULLS NOT DISTINCT;
SELECT platform.protect_centre_table('gradebook.remark');
