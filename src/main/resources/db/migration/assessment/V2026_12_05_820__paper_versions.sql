-- Fixed versions (mã đề) of a test printed on paper: the same questions for every version (drawn once by the test's
-- blueprint), in a different order within each part and with the options shuffled. versions holds, for each code
-- ("101", "102" …), the questions with their versions, points and option order (see assessment.internal.Paper).
CREATE TABLE assessment.paper_set (
  centre_id  uuid        NOT NULL,
  test_id    uuid        NOT NULL,
  versions   jsonb       NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text        NOT NULL,
  PRIMARY KEY (centre_id, test_id),
  FOREIGN KEY (centre_id, test_id) REFERENCES assessment.test (centre_id, id)
);
SELECT platform.protect_centre_table('assessment.paper_set');
