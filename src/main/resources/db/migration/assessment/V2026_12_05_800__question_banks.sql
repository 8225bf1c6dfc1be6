-- Question banks (ngân hàng câu hỏi) of a centre: a bank per subject, shared by the teachers of that subject; each
-- question keeps every version of its content, and each version is reviewed before a graded test may use it. A test
-- refers to the version it used, so a later edit never changes a test already given. Subjects belong to academics.
CREATE SCHEMA assessment;
GRANT USAGE ON SCHEMA assessment TO ${appRole};

CREATE TABLE assessment.bank (
  centre_id  uuid        NOT NULL REFERENCES centres.centre (id),
  id         uuid        NOT NULL,
  subject_id uuid        NOT NULL,
  name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL,
  created_by text        NOT NULL,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, subject_id, name),
  FOREIGN KEY (centre_id, subject_id) REFERENCES academics.subject (centre_id, id)
);
SELECT platform.protect_centre_table('assessment.bank');

-- A question of a bank; latest is the number of its newest version. A retired question is kept (tests refer to it)
-- but no longer drawn into new tests.
CREATE TABLE assessment.question (
  centre_id  uuid        NOT NULL,
  id         uuid        NOT NULL,
  bank_id    uuid        NOT NULL,
  latest     integer     NOT NULL CHECK (latest >= 1),
  retired    boolean     NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, bank_id) REFERENCES assessment.bank (centre_id, id)
);
SELECT platform.protect_centre_table('assessment.question');
CREATE INDEX question_of_bank ON assessment.question (centre_id, bank_id);

-- One version of a question: its content (text, body, feedback as JSON, see assessment.questions.Question) and what the
-- bank knows about it, written once and never changed; only its review (DRAFT → APPROVED or RETURNED with a note) is
-- recorded on it afterwards. source says where it came from ("GIFT: de-kiem-tra.txt", "editor").
CREATE TABLE assessment.question_version (
  centre_id   uuid        NOT NULL,
  question_id uuid        NOT NULL,
  version     integer     NOT NULL CHECK (version >= 1),
  type        text        NOT NULL,
  content     jsonb       NOT NULL,
  name        text        NOT NULL DEFAULT '',
  grade       smallint    CHECK (grade BETWEEN 10 AND 12),
  topic       text,
  level       text        CHECK (level IN ('BIET', 'HIEU', 'VAN_DUNG', 'VAN_DUNG_CAO')),
  difficulty  text        CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
  tags        text[]      NOT NULL DEFAULT '{}',
  source      text        NOT NULL,
  written_at  timestamptz NOT NULL,
  written_by  text        NOT NULL,
  review      text        NOT NULL DEFAULT 'DRAFT' CHECK (review IN ('DRAFT', 'APPROVED', 'RETURNED')),
  reviewed_at timestamptz,
  reviewed_by text,
  review_note text,
  PRIMARY KEY (centre_id, question_id, version),
  FOREIGN KEY (centre_id, question_id) REFERENCES assessment.question (centre_id, id),
  CHECK ((review = 'DRAFT') = (reviewed_at IS NULL))
);
SELECT platform.protect_centre_table('assessment.question_version');
