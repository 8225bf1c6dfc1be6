-- Tests (bài kiểm tra trực tuyến) given to a class from a bank, and the learners' attempts. An attempt keeps its own
-- paper (the questions drawn for that learner, their versions, points and the order options are shown in), its
-- deadline set by the server when it started, and one row per answered question, written the moment the learner
-- answers. Classes and learners belong to academics and people.
CREATE TABLE assessment.test (
  centre_id        uuid        NOT NULL,
  id               uuid        NOT NULL,
  bank_id          uuid        NOT NULL,
  class_id         uuid        NOT NULL,
  title            text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  blueprint        jsonb       NOT NULL,
  points           jsonb       NOT NULL,
  duration_minutes smallint    NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
  opens_at         timestamptz NOT NULL,
  closes_at        timestamptz NOT NULL,
  attempts_allowed smallint    NOT NULL DEFAULT 1 CHECK (attempts_allowed BETWEEN 1 AND 20),
  access_code      text        CHECK (length(access_code) BETWEEN 1 AND 40),
  shuffle          boolean     NOT NULL DEFAULT true,
  graded           boolean     NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL,
  created_by       text        NOT NULL,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, bank_id) REFERENCES assessment.bank (centre_id, id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  CHECK (closes_at > opens_at)
);
SELECT platform.protect_centre_table('assessment.test');
CREATE INDEX test_of_class ON assessment.test (centre_id, class_id);

-- Extra minutes a learner is given on a test (an accommodation).
CREATE TABLE assessment.extra_time (
  centre_id  uuid     NOT NULL,
  test_id    uuid     NOT NULL,
  learner_id uuid     NOT NULL,
  minutes    smallint NOT NULL CHECK (minutes BETWEEN 1 AND 600),
  PRIMARY KEY (centre_id, test_id, learner_id),
  FOREIGN KEY (centre_id, test_id) REFERENCES assessment.test (centre_id, id)
);
SELECT platform.protect_centre_table('assessment.extra_time');

-- A learner's attempt. submitted_how: LEARNER (they pressed "Nộp bài") or TIME_UP (the server submitted it at the
-- deadline). score and max_score are set on submission; awaiting_marking while essays wait for a teacher.
CREATE TABLE assessment.attempt (
  centre_id        uuid         NOT NULL,
  id               uuid         NOT NULL,
  test_id          uuid         NOT NULL,
  learner_id       uuid         NOT NULL,
  number           smallint     NOT NULL CHECK (number >= 1),
  paper            jsonb        NOT NULL,
  started_at       timestamptz  NOT NULL,
  deadline         timestamptz  NOT NULL,
  submitted_at     timestamptz,
  submitted_how    text         CHECK (submitted_how IN ('LEARNER', 'TIME_UP')),
  score            numeric(7,2),
  max_score        numeric(7,2) NOT NULL,
  awaiting_marking boolean      NOT NULL DEFAULT false,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, test_id, learner_id, number),
  FOREIGN KEY (centre_id, test_id) REFERENCES assessment.test (centre_id, id),
  CHECK ((submitted_at IS NULL) = (submitted_how IS NULL))
);
-- Shared with the system scope: the server's sweep finds attempts whose time is up in every centre.
SELECT platform.protect_shared_table('assessment.attempt');
-- At most one attempt in progress per learner and test: a second "start" resumes it.
CREATE UNIQUE INDEX attempt_in_progress ON assessment.attempt (centre_id, test_id, learner_id) WHERE submitted_at IS NULL;
CREATE INDEX attempt_due ON assessment.attempt (deadline) WHERE submitted_at IS NULL;

-- The learner's answer to one question of their paper, replaced each time they change it (saves counts the
-- changes); share and points are set when the attempt is marked.
CREATE TABLE assessment.answer (
  centre_id   uuid         NOT NULL,
  attempt_id  uuid         NOT NULL,
  question_id uuid         NOT NULL,
  response    jsonb        NOT NULL,
  saved_at    timestamptz  NOT NULL,
  saves       integer      NOT NULL DEFAULT 1,
  share       numeric(9,6),
  points      numeric(7,2),
  PRIMARY KEY (centre_id, attempt_id, question_id),
  FOREIGN KEY (centre_id, attempt_id) REFERENCES assessment.attempt (centre_id, id)
);
SELECT platform.protect_centre_table('assessment.answer');
