-- Learner search by word prefixes. A trigram index (V101) had to return every learner whose name contains a common
-- word ("nguyen" is in about a third of all names) and could not use a two-letter word ("an") at all: 200–400 ms per
-- search among 100,000 learners. The words of the folded name, the code and the phone number now go into a tsvector
-- with a GIN index, and a search asks for the words typed ("nguyen & van & an:*", the last one as a prefix while it
-- is being typed), which the index intersects itself.
ALTER TABLE people.learner ADD COLUMN search_words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', search_key || ' ' || lower(code) || ' ' || coalesce(phone, ''))) STORED;
CREATE INDEX learner_words_idx ON people.learner USING gin (search_words);
DROP INDEX people.learner_find_idx;
