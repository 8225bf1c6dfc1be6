-- Results of online tests: essays marked by hand, results published per test, and scores sent to the gradebook.
--
-- A test's results are published (công bố) by a teacher: until then learners see "Đang chấm" instead of a score on a
-- test with essays, and no test shows them which questions earned what.
ALTER TABLE assessment.test
  ADD COLUMN published_at timestamptz,
  ADD COLUMN published_by text,
  ADD CONSTRAINT test_published_by CHECK ((published_at IS NULL) = (published_by IS NULL));

-- An essay answer's marking: the points given for each line of the rubric, in the rubric's order, and the teacher's
-- comment ({"points": ["1.5", "0.5"], "comment": "…"}); share and points of the answer follow from it.
ALTER TABLE assessment.answer
  ADD COLUMN marks     jsonb,
  ADD COLUMN marked_at timestamptz,
  ADD COLUMN marked_by text,
  ADD CONSTRAINT answer_marked CHECK ((marks IS NULL) = (marked_at IS NULL));

-- Scores of a test sent to a ĐĐGtx column of the gradebook once the teacher confirmed them: the scores sent (on the
-- 10-point scale) and, when the gradebook answered, what it did with each (written, kept, not on its sheet…) or why it
-- refused the whole transfer. The gradebook keeps the marks and its own change log; this is the test's side of it.
CREATE TABLE assessment.score_transfer (
  centre_id    uuid        NOT NULL,
  id           uuid        NOT NULL,
  test_id      uuid        NOT NULL,
  semester     smallint    NOT NULL CHECK (semester IN (1, 2)),
  column_index smallint    NOT NULL CHECK (column_index BETWEEN 1 AND 20),
  overwrite    boolean     NOT NULL,
  scores       jsonb       NOT NULL,
  confirmed_at timestamptz NOT NULL,
  confirmed_by text        NOT NULL,
  answered_at  timestamptz,
  refusal      text,
  outcomes     jsonb,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, test_id) REFERENCES assessment.test (centre_id, id)
);
SELECT platform.protect_centre_table('assessment.score_transfer');
CREATE INDEX score_transfer_of_test ON assessment.score_transfer (centre_id, test_id, confirmed_at DESC);
