-- Test-only schema for the backup tests (not under db/migration, so the application never sees it): identity and
-- serial columns, a generated column, a self-reference, a foreign-key cycle, a trigger that would change rows if it
-- fired during a restore, tables whose alphabetical order is the opposite of their foreign-key order, and awkward types.
CREATE SCHEMA lab;

CREATE TABLE lab.person (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name       text NOT NULL,
  name_upper text GENERATED ALWAYS AS (upper(name)) STORED,
  mentor_id  bigint REFERENCES lab.person (id),
  photo      bytea,
  profile    jsonb,
  score      numeric(4, 1),
  born       date,
  seen_at    timestamptz,
  pause      interval,
  ratio      double precision,
  tags       text[],
  note       text,
  changed_by text
);

CREATE TABLE lab.team (
  id         serial PRIMARY KEY,
  name       text NOT NULL,
  captain_id bigint REFERENCES lab.person (id)
);
ALTER TABLE lab.person ADD COLUMN team_id int REFERENCES lab.team (id);

CREATE SEQUENCE lab.ticket_seq;

CREATE FUNCTION lab.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.changed_by := 'trigger at ' || clock_timestamp();
  RETURN NEW;
END $$;
CREATE TRIGGER person_stamp BEFORE INSERT OR UPDATE ON lab.person FOR EACH ROW EXECUTE FUNCTION lab.stamp();

CREATE TABLE lab.z_parent (id int PRIMARY KEY, label text);
CREATE TABLE lab.a_child (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES lab.z_parent (id));
