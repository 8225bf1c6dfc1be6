-- Learner search answered from an index (issue 3: p95 under 50 ms among 100,000 learners).
--
-- Under row-level security PostgreSQL uses an index only for leakproof operators. LIKE is not leakproof, so for the
-- application role the trigram index of V2026_11_29_101 was never used: every search read the whole table (about
-- 100 ms for 100,000 learners). starts_with (^@) is leakproof, and a B-tree in the "C" collation answers it with a
-- short index range. So a search now looks for terms that start with what was typed. The terms of a learner are the
-- word sequences that end the folded name ("nguyen van an", "van an", "an": họ tên, đệm tên, tên), the lower-cased
-- learner code and the phone number. A trigger keeps them, so every way of writing a learner (forms, imports,
-- de-identification) keeps the search right.

CREATE TABLE people.learner_term (
  centre_id  uuid             NOT NULL,
  term       text COLLATE "C" NOT NULL,
  learner_id uuid             NOT NULL,
  PRIMARY KEY (centre_id, term, learner_id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id) ON DELETE CASCADE
);
CREATE INDEX learner_term_learner_idx ON people.learner_term (centre_id, learner_id);
SELECT platform.protect_centre_table('people.learner_term');

-- The search terms of one learner (see above); none for an empty name, code or phone.
CREATE FUNCTION people.learner_terms(search_key text, code text, phone text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT DISTINCT term FROM (
      SELECT array_to_string(words[i:], ' ') AS term
        FROM (SELECT string_to_array(search_key, ' ') AS words) name, generate_subscripts(words, 1) AS i
      UNION ALL SELECT lower(code)
      UNION ALL SELECT phone
    ) terms
    WHERE term IS NOT NULL AND term <> ''
  $$;

CREATE FUNCTION people.refresh_learner_terms() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      IF NEW.search_key IS NOT DISTINCT FROM OLD.search_key AND NEW.code IS NOT DISTINCT FROM OLD.code
         AND NEW.phone IS NOT DISTINCT FROM OLD.phone AND NEW.deidentified_at IS NOT DISTINCT FROM OLD.deidentified_at
      THEN
        RETURN NULL;
      END IF;
      DELETE FROM people.learner_term WHERE centre_id = OLD.centre_id AND learner_id = OLD.id;
    END IF;
    IF NEW.deidentified_at IS NULL THEN
      INSERT INTO people.learner_term (centre_id, term, learner_id)
        SELECT NEW.centre_id, term, NEW.id FROM people.learner_terms(NEW.search_key, NEW.code, NEW.phone) AS term;
    END IF;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER learner_terms AFTER INSERT OR UPDATE ON people.learner
  FOR EACH ROW EXECUTE FUNCTION people.refresh_learner_terms();

INSERT INTO people.learner_term (centre_id, term, learner_id)
  SELECT l.centre_id, term, l.id
    FROM people.learner l, people.learner_terms(l.search_key, l.code, l.phone) AS term
   WHERE l.deidentified_at IS NULL;

-- The trigram indexes could not serve the application role (see above); they only slowed every write.
DROP INDEX people.learner_find_idx;
DROP INDEX people.staff_member_find_idx;
