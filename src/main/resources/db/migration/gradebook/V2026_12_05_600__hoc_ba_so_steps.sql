-- Học bạ số (issue 4; vn-regulations §1.8, §10 rule 9): per learner and school year (the learner's class of that
-- year) the record goes from data complete, to checked by the director, to signed by the homeroom teacher, to signed
-- by the director. "Complete" is computed from the results and never stored; every other step is a row here: who did
-- it, when, and the fingerprint (SHA-256) of the year's results as they were then. A step whose fingerprint differs
-- from the results now is out of date: the record was changed after checking or signing and goes through the steps
-- again, which makes a new signed version (platform.signed_document); nothing here or there is ever edited.
-- Append-only like the signed versions: the application role lacks UPDATE and DELETE, and a trigger refuses both even
-- to the owner.
CREATE TABLE gradebook.record_step (
  centre_id    uuid        NOT NULL,
  id           uuid        NOT NULL,
  class_id     uuid        NOT NULL,
  learner_id   uuid        NOT NULL,
  step         text        NOT NULL CHECK (step IN ('CHECKED', 'HOMEROOM_SIGNED', 'DIRECTOR_SIGNED')),
  fingerprint  char(64)    NOT NULL,
  document_id  uuid,
  done_by      text        NOT NULL,
  done_by_name text        NOT NULL,
  done_at      timestamptz NOT NULL,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id),
  FOREIGN KEY (centre_id, document_id) REFERENCES platform.signed_document (centre_id, id),
  -- A signature step names the signed version it made; a check names none.
  CHECK ((step = 'CHECKED') = (document_id IS NULL))
);
CREATE INDEX record_step_class_idx ON gradebook.record_step (centre_id, class_id, learner_id, done_at);
SELECT platform.protect_centre_table('gradebook.record_step');
REVOKE UPDATE, DELETE, TRUNCATE ON gradebook.record_step FROM ${appRole};

CREATE TRIGGER record_step_immutable BEFORE UPDATE OR DELETE ON gradebook.record_step
  FOR EACH ROW EXECUTE FUNCTION platform.refuse_change();
CREATE TRIGGER record_step_no_truncate BEFORE TRUNCATE ON gradebook.record_step
  FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_change();
