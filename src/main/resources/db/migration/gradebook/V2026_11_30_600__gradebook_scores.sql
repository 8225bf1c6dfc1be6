-- Gradebook (sổ gọi tên và ghi điểm điện tử), the score book: one row per mark a teacher entered (ĐĐGtx 1…n, ĐĐGgk,
-- ĐĐGck of a learner in a subject, class and semester, TT 43/2021/TT-BGDĐT Art. 9), the conduct level the homeroom
-- teacher proposes per semester (Art. 18), the semester locks (khóa sổ), correction requests after a lock, and the
-- append-only change log of every mark: the electronic form of the red-ink correction (vn-regulations §1.7, §10 rule 8).
-- Classes, subjects and school years belong to academics and centres, learners to people (referenced by id; see
-- docs/adr/0010-score-cells-versions-and-corrections.md for the foreign keys left out on purpose).
CREATE SCHEMA gradebook;
GRANT USAGE ON SCHEMA gradebook TO ${appRole};

-- One mark. kind TX (idx 1…n), GK or CK (idx 1). A scored subject keeps score (0–10, one decimal), a comment-only one
-- level (Đạt / Chưa đạt); both NULL once the teacher cleared the cell. version counts the writes of the cell (1 for
-- the first), for optimistic locking: a writer names the version it saw, and a newer one is a conflict.
-- The foreign keys to the subject and the school year are left out: every teacher of a centre saving marks at the same
-- time would share-lock those few parent rows on each insert (multixact contention in the evening rush); the service
-- checks both. Class and learner are checked by key: their rows are shared by a handful of writers only.
CREATE TABLE gradebook.score (
  centre_id      uuid         NOT NULL,
  class_id       uuid         NOT NULL,
  subject_id     uuid         NOT NULL,
  semester       smallint     NOT NULL CHECK (semester IN (1, 2)),
  learner_id     uuid         NOT NULL,
  kind           text         NOT NULL CHECK (kind IN ('TX', 'GK', 'CK')),
  idx            smallint     NOT NULL CHECK (idx BETWEEN 1 AND 20 AND (kind = 'TX' OR idx = 1)),
  school_year_id uuid         NOT NULL,
  score          numeric(3,1) CHECK (score BETWEEN 0 AND 10),
  level          text         CHECK (level IN ('DAT', 'CHUA_DAT')),
  version        integer      NOT NULL CHECK (version >= 1),
  changed_at     timestamptz  NOT NULL,
  changed_by     text         NOT NULL,
  PRIMARY KEY (centre_id, class_id, subject_id, semester, learner_id, kind, idx),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id),
  CHECK (score IS NULL OR level IS NULL)
);
-- A learner's marks of a year (results, the học bạ).
CREATE INDEX score_learner_idx ON gradebook.score (centre_id, learner_id, school_year_id);
SELECT platform.protect_centre_table('gradebook.score');

-- The conduct level (kết quả rèn luyện) the homeroom teacher proposes for a semester: TOT, KHA, DAT, CHUA_DAT; NULL once
-- cleared. version as for marks.
CREATE TABLE gradebook.conduct (
  centre_id      uuid        NOT NULL,
  class_id       uuid        NOT NULL,
  semester       smallint    NOT NULL CHECK (semester IN (1, 2)),
  learner_id     uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  rating         text        CHECK (rating IN ('TOT', 'KHA', 'DAT', 'CHUA_DAT')),
  version        integer     NOT NULL CHECK (version >= 1),
  changed_at     timestamptz NOT NULL,
  changed_by     text        NOT NULL,
  PRIMARY KEY (centre_id, class_id, semester, learner_id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id)
);
SELECT platform.protect_centre_table('gradebook.conduct');

-- A semester lock (khóa sổ) of one class, or of every class of the centre when class_id is NULL. Unlocking deletes the
-- row; both steps are in the audit trail (platform.audit_entry) with who and when.
CREATE TABLE gradebook.semester_lock (
  centre_id      uuid        NOT NULL,
  id             uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  semester       smallint    NOT NULL CHECK (semester IN (1, 2)),
  class_id       uuid,
  locked_at      timestamptz NOT NULL,
  locked_by      text        NOT NULL,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id)
);
CREATE UNIQUE INDEX semester_lock_uq ON gradebook.semester_lock (centre_id, school_year_id, semester, class_id)
  NULLS NOT DISTINCT;
SELECT platform.protect_centre_table('gradebook.semester_lock');

-- A change to a mark after its semester was locked: the subject teacher asks, with a reason; the director approves
-- (the change is applied then, never before) or rejects. old_* is the mark when the request was made.
CREATE TABLE gradebook.correction (
  centre_id      uuid         NOT NULL,
  id             uuid         NOT NULL,
  class_id       uuid         NOT NULL,
  subject_id     uuid         NOT NULL,
  semester       smallint     NOT NULL CHECK (semester IN (1, 2)),
  learner_id     uuid         NOT NULL,
  kind           text         NOT NULL CHECK (kind IN ('TX', 'GK', 'CK')),
  idx            smallint     NOT NULL CHECK (idx BETWEEN 1 AND 20),
  school_year_id uuid         NOT NULL,
  old_score      numeric(3,1),
  old_level      text         CHECK (old_level IN ('DAT', 'CHUA_DAT')),
  new_score      numeric(3,1) CHECK (new_score BETWEEN 0 AND 10),
  new_level      text         CHECK (new_level IN ('DAT', 'CHUA_DAT')),
  reason         text         NOT NULL CHECK (length(btrim(reason)) > 0),
  requested_by   text         NOT NULL,
  requested_at   timestamptz  NOT NULL,
  status         text         NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  decided_by     text,
  decided_at     timestamptz,
  decision_note  text,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id),
  CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX correction_status_idx ON gradebook.correction (centre_id, status, requested_at);
CREATE INDEX correction_sheet_idx ON gradebook.correction (centre_id, class_id, subject_id, semester);
SELECT platform.protect_centre_table('gradebook.correction');

-- Every change of a mark, never rewritten: the old and new mark, who changed it and when, why (a correction's reason),
-- whether the semester was locked, and where the change came from (typed on the sheet or through the API, an Excel
-- import, an approved correction). approved_by is the director who approved a correction.
CREATE TABLE gradebook.score_change (
  centre_id     uuid         NOT NULL,
  seq           bigint       GENERATED ALWAYS AS IDENTITY,
  class_id      uuid         NOT NULL,
  subject_id    uuid         NOT NULL,
  semester      smallint     NOT NULL,
  learner_id    uuid         NOT NULL,
  kind          text         NOT NULL,
  idx           smallint     NOT NULL,
  old_score     numeric(3,1),
  old_level     text,
  new_score     numeric(3,1),
  new_level     text,
  changed_at    timestamptz  NOT NULL,
  changed_by    text         NOT NULL,
  source        text         NOT NULL CHECK (source IN ('ENTRY', 'IMPORT', 'CORRECTION')),
  after_lock    boolean      NOT NULL,
  reason        text,
  correction_id uuid,
  approved_by   text,
  PRIMARY KEY (centre_id, seq)
);
CREATE INDEX score_change_sheet_idx ON gradebook.score_change (centre_id, class_id, subject_id, semester, seq);
SELECT platform.protect_centre_table('gradebook.score_change');
-- The application may only add and read changes.
REVOKE UPDATE, DELETE, TRUNCATE ON gradebook.score_change FROM ${appRole};
