-- A learner's search terms (V2026_11_30_110) are kept by the learner_terms trigger alone, so the foreign key back to
-- people.learner only cost time: PostgreSQL checks it once per term (about six per learner) with a plan it keeps for
-- the life of the connection. A plan made while the learner table was nearly empty reads the table (or a wrong
-- index) instead of the primary key, and keeps doing so while an import grows the table by thousands of rows: each
-- check then reads every learner of the centre, and an import of 5,000 learners took 15-24 s instead of under 3 s,
-- depending on which pooled connection it got (docs/benchmarks/learner-import.md). Without the key, the trigger also
-- removes the terms of a deleted learner.

ALTER TABLE people.learner_term DROP CONSTRAINT learner_term_centre_id_learner_id_fkey;

CREATE OR REPLACE FUNCTION people.refresh_learner_terms() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      IF NEW.search_key IS NOT DISTINCT FROM OLD.search_key AND NEW.code IS NOT DISTINCT FROM OLD.code
         AND NEW.phone IS NOT DISTINCT FROM OLD.phone AND NEW.deidentified_at IS NOT DISTINCT FROM OLD.deidentified_at
      THEN
        RETURN NULL;
      END IF;
    END IF;
    IF TG_OP <> 'INSERT' THEN
      DELETE FROM people.learner_term WHERE centre_id = OLD.centre_id AND learner_id = OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
      RETURN NULL;
    END IF;
    IF NEW.deidentified_at IS NULL THEN
      INSERT INTO people.learner_term (centre_id, term, learner_id)
        SELECT NEW.centre_id, term, NEW.id FROM people.learner_terms(NEW.search_key, NEW.code, NEW.phone) AS term;
    END IF;
    RETURN NULL;
  END
  $$;

DROP TRIGGER learner_terms ON people.learner;
CREATE TRIGGER learner_terms AFTER INSERT OR UPDATE OR DELETE ON people.learner
  FOR EACH ROW EXECUTE FUNCTION people.refresh_learner_terms();
