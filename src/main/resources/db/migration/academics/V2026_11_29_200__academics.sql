-- Academic structure of a centre (cơ cấu học tập): the GDTX THPT programme as data (TT 12/2022/TT-BGDĐT), the
-- calendar's holidays and make-up days, classes (lớp) per school year, enrolment with its history, elective
-- combinations (tổ hợp môn), teaching assignments (phân công giảng dạy) and workload reductions (TT 04/2026).
-- School years and semesters live in module centres; learners and staff in module people.
CREATE SCHEMA academics;
GRANT USAGE ON SCHEMA academics TO ${appRole};

-- A subject of the programme. kind: COMPULSORY (bắt buộc), ELECTIVE (lựa chọn), OPTIONAL (tự chọn, e.g. Tiếng Anh),
-- TOPIC (chuyên đề học tập). scored = false for a comment-only subject (đánh giá bằng nhận xét).
CREATE TABLE academics.subject (
  centre_id        uuid     NOT NULL REFERENCES centres.centre (id),
  id               uuid     NOT NULL,
  code             text     NOT NULL,
  name             text     NOT NULL,
  kind             text     NOT NULL CHECK (kind IN ('COMPULSORY', 'ELECTIVE', 'OPTIONAL', 'TOPIC')),
  scored           boolean  NOT NULL DEFAULT true,
  periods_per_year smallint NOT NULL CHECK (periods_per_year BETWEEN 0 AND 400),
  position         smallint NOT NULL DEFAULT 0,
  active           boolean  NOT NULL DEFAULT true,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, code),
  CONSTRAINT subject_code_format CHECK (code ~ '^[A-Z0-9_]{1,20}$')
);
SELECT platform.protect_centre_table('academics.subject');

-- Periods per year of a subject for one school year and grade, where they differ from the subject's default.
CREATE TABLE academics.subject_periods (
  centre_id        uuid     NOT NULL,
  subject_id       uuid     NOT NULL,
  school_year_id   uuid     NOT NULL,
  grade            smallint NOT NULL CHECK (grade BETWEEN 10 AND 12),
  periods_per_year smallint NOT NULL CHECK (periods_per_year BETWEEN 0 AND 400),
  PRIMARY KEY (centre_id, subject_id, school_year_id, grade),
  FOREIGN KEY (centre_id, subject_id) REFERENCES academics.subject (centre_id, id),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id)
);
SELECT platform.protect_centre_table('academics.subject_periods');

-- Holidays (ngày nghỉ) and make-up days (ngày học bù) of a school year. assumption marks dates not yet confirmed by
-- the authorities (e.g. demo data).
CREATE TABLE academics.calendar_day (
  centre_id      uuid    NOT NULL,
  school_year_id uuid    NOT NULL,
  day            date    NOT NULL,
  kind           text    NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP')),
  name           text    NOT NULL,
  assumption     boolean NOT NULL DEFAULT false,
  PRIMARY KEY (centre_id, day),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id)
);
SELECT platform.protect_centre_table('academics.calendar_day');

-- An elective combination (tổ hợp môn): four electives (and optional subjects) a learner takes.
CREATE TABLE academics.combination (
  centre_id     uuid   NOT NULL REFERENCES centres.centre (id),
  id            uuid   NOT NULL,
  code          text   NOT NULL,
  name          text   NOT NULL,
  subject_codes text[] NOT NULL,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, code)
);
SELECT platform.protect_centre_table('academics.combination');

-- A class (lớp) of a school year.
CREATE TABLE academics.school_class (
  centre_id         uuid     NOT NULL,
  id                uuid     NOT NULL,
  school_year_id    uuid     NOT NULL,
  name              text     NOT NULL,
  grade             smallint NOT NULL CHECK (grade BETWEEN 10 AND 12),
  session           text     NOT NULL CHECK (session IN ('MORNING', 'AFTERNOON', 'EVENING')),
  room              text,
  homeroom_staff_id uuid,
  created_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, school_year_id, name),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id),
  FOREIGN KEY (centre_id, homeroom_staff_id) REFERENCES people.staff_member (centre_id, id)
);
CREATE INDEX school_class_homeroom_idx ON academics.school_class (centre_id, homeroom_staff_id);
SELECT platform.protect_centre_table('academics.school_class');

-- A learner's place in a class for a school year. ACTIVE while studying there; the other states end it.
-- At most one active enrolment per learner and school year.
CREATE TABLE academics.enrolment (
  centre_id      uuid    NOT NULL,
  id             uuid    NOT NULL,
  learner_id     uuid    NOT NULL,
  school_year_id uuid    NOT NULL,
  class_id       uuid    NOT NULL,
  combination_id uuid,
  status         text    NOT NULL CHECK (status IN ('ACTIVE', 'TRANSFERRED', 'LEFT', 'DROPPED_OUT', 'COMPLETED')),
  starts_on      date    NOT NULL,
  ends_on        date,
  end_reason     text,
  outcome        text    CHECK (outcome IN ('PROMOTE', 'REPEAT', 'GRADUATE')),  -- year-end decision (lên lớp, ở lại, tốt nghiệp)
  rolled_over_at timestamptz,                                                   -- when the year-end rollover applied it
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, combination_id) REFERENCES academics.combination (centre_id, id),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE UNIQUE INDEX enrolment_one_active_uq ON academics.enrolment (centre_id, learner_id, school_year_id)
  WHERE status = 'ACTIVE';
CREATE INDEX enrolment_class_idx ON academics.enrolment (centre_id, class_id, status);
CREATE INDEX enrolment_learner_idx ON academics.enrolment (centre_id, learner_id);
SELECT platform.protect_centre_table('academics.enrolment');

-- The history of a learner's enrolment: every change with its date and reason, never rewritten.
CREATE TABLE academics.enrolment_event (
  centre_id     uuid        NOT NULL,
  id            uuid        NOT NULL,
  learner_id    uuid        NOT NULL,
  kind          text        NOT NULL CHECK (kind IN ('ENROLLED', 'TRANSFERRED', 'LEFT', 'DROPPED_OUT', 'READMITTED',
                                                      'PROMOTED', 'REPEATED', 'GRADUATED')),
  happened_on   date        NOT NULL,
  from_class_id uuid,
  to_class_id   uuid,
  reason        text,
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  recorded_by   text        NOT NULL,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id)
);
CREATE INDEX enrolment_event_learner_idx ON academics.enrolment_event (centre_id, learner_id, happened_on);
SELECT platform.protect_centre_table('academics.enrolment_event');

-- Teaching assignment (phân công giảng dạy): one teacher per class and subject.
CREATE TABLE academics.teaching_assignment (
  centre_id        uuid         NOT NULL,
  class_id         uuid         NOT NULL,
  subject_id       uuid         NOT NULL,
  staff_id         uuid         NOT NULL,
  periods_per_week numeric(4,1) NOT NULL CHECK (periods_per_week > 0 AND periods_per_week <= 20),
  PRIMARY KEY (centre_id, class_id, subject_id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, subject_id) REFERENCES academics.subject (centre_id, id),
  FOREIGN KEY (centre_id, staff_id) REFERENCES people.staff_member (centre_id, id)
);
CREATE INDEX teaching_assignment_staff_idx ON academics.teaching_assignment (centre_id, staff_id);
SELECT platform.protect_centre_table('academics.teaching_assignment');

-- Workload reductions (giảm định mức) other than homeroom, per teacher and school year (TT 04/2026: 1 to 4 periods
-- per week each; all reductions together at most half the norm).
CREATE TABLE academics.workload_reduction (
  centre_id      uuid     NOT NULL,
  id             uuid     NOT NULL,
  school_year_id uuid     NOT NULL,
  staff_id       uuid     NOT NULL,
  periods        smallint NOT NULL CHECK (periods BETWEEN 1 AND 4),
  reason         text     NOT NULL,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id),
  FOREIGN KEY (centre_id, staff_id) REFERENCES people.staff_member (centre_id, id)
);
CREATE INDEX workload_reduction_staff_idx ON academics.workload_reduction (centre_id, school_year_id, staff_id);
SELECT platform.protect_centre_table('academics.workload_reduction');

-- The centre's workload settings (FROM MEMORY defaults of TT 04/2026: homeroom −4, reductions ≤ 50 % of the norm).
CREATE TABLE academics.workload_settings (
  centre_id             uuid     NOT NULL REFERENCES centres.centre (id),
  homeroom_reduction    smallint NOT NULL DEFAULT 4 CHECK (homeroom_reduction BETWEEN 0 AND 10),
  reduction_cap_percent smallint NOT NULL DEFAULT 50 CHECK (reduction_cap_percent BETWEEN 0 AND 100),
  PRIMARY KEY (centre_id)
);
SELECT platform.protect_centre_table('academics.workload_settings');
