-- Contests (sân chơi trí tuệ): a contest for learners or for teachers, with ordered rounds (class, centre, between
-- centres). Each round draws a timed paper from a bank by a blueprint, like a test. An entry is one participant's place
-- in a round: made by registration (first round) or by advancing from the round before, and then their single
-- attempt: the paper drawn, the server's deadline, the session token of the one device allowed to write, the score.
-- The participant's name and class are copied when the entry is made, so that leaderboards and certificates keep
-- what was true on the day.
CREATE TABLE assessment.contest (
  centre_id   uuid        NOT NULL,
  id          uuid        NOT NULL,
  name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text        NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  audience    text        NOT NULL CHECK (audience IN ('LEARNERS', 'TEACHERS')),
  created_at  timestamptz NOT NULL,
  created_by  text        NOT NULL,
  PRIMARY KEY (centre_id, id)
);
SELECT platform.protect_centre_table('assessment.contest');

-- advance: how many go on to the next round (for a CLASS round, how many of each class); closed_at once the director
-- closes the round ("Chốt vòng") or the first time the next round is entered after it closes.
CREATE TABLE assessment.contest_round (
  centre_id        uuid        NOT NULL,
  id               uuid        NOT NULL,
  contest_id       uuid        NOT NULL,
  number           smallint    NOT NULL CHECK (number BETWEEN 1 AND 10),
  name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  level            text        NOT NULL CHECK (level IN ('CLASS', 'CENTRE', 'INTER_CENTRE')),
  bank_id          uuid        NOT NULL,
  blueprint        jsonb       NOT NULL,
  points           jsonb       NOT NULL,
  duration_minutes smallint    NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
  opens_at         timestamptz NOT NULL,
  closes_at        timestamptz NOT NULL,
  advance          smallint    NOT NULL CHECK (advance BETWEEN 1 AND 1000),
  closed_at        timestamptz,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, contest_id, number),
  FOREIGN KEY (centre_id, contest_id) REFERENCES assessment.contest (centre_id, id),
  FOREIGN KEY (centre_id, bank_id) REFERENCES assessment.bank (centre_id, id),
  CHECK (closes_at > opens_at)
);
SELECT platform.protect_centre_table('assessment.contest_round');

-- participant_kind: LEARNER (a people learner) or STAFF (a people staff member). session: the token of the device
-- that may write; starting or resuming elsewhere replaces it. submitted_how: PARTICIPANT or TIME_UP.
CREATE TABLE assessment.contest_entry (
  centre_id        uuid         NOT NULL,
  id               uuid         NOT NULL,
  round_id         uuid         NOT NULL,
  participant_kind text         NOT NULL CHECK (participant_kind IN ('LEARNER', 'STAFF')),
  participant_id   uuid         NOT NULL,
  participant_name text         NOT NULL,
  class_id         uuid,
  class_name       text,
  entered_at       timestamptz  NOT NULL,
  paper            jsonb,
  session          uuid,
  started_at       timestamptz,
  deadline         timestamptz,
  submitted_at     timestamptz,
  submitted_how    text         CHECK (submitted_how IN ('PARTICIPANT', 'TIME_UP')),
  score            numeric(7,2),
  max_score        numeric(7,2),
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, round_id, participant_kind, participant_id),
  FOREIGN KEY (centre_id, round_id) REFERENCES assessment.contest_round (centre_id, id),
  CHECK ((paper IS NULL) = (started_at IS NULL)),
  CHECK ((submitted_at IS NULL) = (submitted_how IS NULL))
);
SELECT platform.protect_centre_table('assessment.contest_entry');
CREATE INDEX contest_entry_of_participant ON assessment.contest_entry (centre_id, participant_id);

CREATE TABLE assessment.contest_answer (
  centre_id   uuid         NOT NULL,
  entry_id    uuid         NOT NULL,
  question_id uuid         NOT NULL,
  response    jsonb        NOT NULL,
  saved_at    timestamptz  NOT NULL,
  share       numeric(9,6),
  points      numeric(7,2),
  PRIMARY KEY (centre_id, entry_id, question_id),
  FOREIGN KEY (centre_id, entry_id) REFERENCES assessment.contest_entry (centre_id, id)
);
SELECT platform.protect_centre_table('assessment.contest_answer');
