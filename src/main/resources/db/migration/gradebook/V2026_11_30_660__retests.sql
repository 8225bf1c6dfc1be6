-- Re-tests (kiểm tra lại, TT 43/2021/TT-BGDĐT Art. 12; vn-regulations §1.6): after the school year, a learner whose
-- learning result is Chưa đạt (conduct Đạt or better) re-takes the subjects whose year average is below 5,0 or that are
-- Chưa đạt. The homeroom teacher or the director records the re-test mark; it replaces the subject's year result and
-- the year is classified again (the rules engine, gradebook.rules). One row per learner, class and subject; a scored
-- subject keeps score, a comment-only one level. Recorded and changed marks are in the audit trail.
CREATE TABLE gradebook.retest (
  centre_id      uuid         NOT NULL,
  class_id       uuid         NOT NULL,
  learner_id     uuid         NOT NULL,
  subject_id     uuid         NOT NULL,
  school_year_id uuid         NOT NULL,
  score          numeric(3,1) CHECK (score BETWEEN 0 AND 10),
  level          text         CHECK (level IN ('DAT', 'CHUA_DAT')),
  recorded_at    timestamptz  NOT NULL,
  recorded_by    text         NOT NULL,
  PRIMARY KEY (centre_id, class_id, learner_id, subject_id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id),
  CHECK ((score IS NULL) <> (level IS NULL))
);
SELECT platform.protect_centre_table('gradebook.retest');
