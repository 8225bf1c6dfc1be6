-- Centres (Trung tâm GDTX) and their school calendars (năm học, học kỳ), kept as data, never hard-coded.
CREATE SCHEMA centres;
GRANT USAGE ON SCHEMA centres TO ${appRole};

CREATE TABLE centres.centre (
  id         uuid        PRIMARY KEY,
  code       text        NOT NULL,
  name       text        NOT NULL,
  address    text,
  phone      text,
  email      text,
  active     boolean     NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT centre_code_format CHECK (code ~ '^[A-Z0-9_-]{2,20}$')
);
CREATE UNIQUE INDEX centre_code_uq ON centres.centre (code);
-- A centre sees itself; the system administrator sees all of them.
ALTER TABLE centres.centre ENABLE ROW LEVEL SECURITY;
CREATE POLICY centre_self_or_system ON centres.centre
  USING (id = platform.current_centre() OR platform.system_scope())
  WITH CHECK (platform.system_scope());

CREATE TABLE centres.school_year (
  centre_id uuid    NOT NULL REFERENCES centres.centre (id),
  id        uuid    NOT NULL,
  name      text    NOT NULL,
  starts_on date    NOT NULL,
  ends_on   date    NOT NULL,
  current   boolean NOT NULL DEFAULT false,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, name),
  CHECK (starts_on < ends_on)
);
SELECT platform.protect_centre_table('centres.school_year');

CREATE TABLE centres.semester (
  centre_id      uuid     NOT NULL,
  id             uuid     NOT NULL,
  school_year_id uuid     NOT NULL,
  number         smallint NOT NULL CHECK (number IN (1, 2)),
  starts_on      date     NOT NULL,
  ends_on        date     NOT NULL,
  teaching_weeks smallint NOT NULL CHECK (teaching_weeks BETWEEN 1 AND 30),
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, school_year_id, number),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id),
  CHECK (starts_on < ends_on)
);
SELECT platform.protect_centre_table('centres.semester');
