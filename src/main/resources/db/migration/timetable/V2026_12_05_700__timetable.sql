-- Timetables (thời khóa biểu) of a centre: the set-up of a school year (week grid and rules), the rooms lessons choose,
-- how each teaching assignment is timetabled, fixed activities, teachers' unavailable slots, subject-group meetings,
-- and the versions of the timetable (TKB số 1, số 2 …) with their lessons, plus private calendar feeds. Classes,
-- subjects and teaching assignments belong to academics, teachers to people, school years to centres.
CREATE SCHEMA timetable;
GRANT USAGE ON SCHEMA timetable TO ${appRole};

-- The week grid (days, sessions, periods with times and breaks) and the rule settings of a school year's timetables,
-- as JSON documents edited as a whole (see timetable.centre.WeekGrid and Rules).
CREATE TABLE timetable.setup (
  centre_id      uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  grid           jsonb       NOT NULL,
  rules          jsonb       NOT NULL,
  updated_at     timestamptz NOT NULL,
  updated_by     text        NOT NULL,
  PRIMARY KEY (centre_id, school_year_id),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id)
);
SELECT platform.protect_centre_table('timetable.setup');

-- A room that lessons must choose (a lab, the computer room), of a kind, seating capacity learners.
CREATE TABLE timetable.room (
  centre_id uuid     NOT NULL REFERENCES centres.centre (id),
  id        uuid     NOT NULL,
  name      text     NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  kind      text     NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
  capacity  smallint NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, name)
);
SELECT platform.protect_centre_table('timetable.room');

-- How a teaching assignment is timetabled where it differs from the default: periods a week (the assignment's periods
-- rounded half up when not set), how many of them are double periods, the kind of room its lessons need.
CREATE TABLE timetable.course_option (
  centre_id  uuid     NOT NULL,
  class_id   uuid     NOT NULL,
  subject_id uuid     NOT NULL,
  periods    smallint CHECK (periods BETWEEN 0 AND 30),
  doubles    smallint NOT NULL DEFAULT 0 CHECK (doubles >= 0),
  room_kind  text,
  PRIMARY KEY (centre_id, class_id, subject_id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  CHECK (periods IS NULL OR 2 * doubles <= periods)
);
SELECT platform.protect_centre_table('timetable.course_option');

-- An activity at a fixed slot for every class of a session (or of every session when session is NULL): chào cờ,
-- sinh hoạt lớp (led by the class's homeroom teacher when homeroom_leads). day: ISO day of week, 1 = Monday.
CREATE TABLE timetable.fixed_activity (
  centre_id      uuid     NOT NULL,
  id             uuid     NOT NULL,
  school_year_id uuid     NOT NULL,
  name           text     NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  session        text     CHECK (session IN ('MORNING', 'AFTERNOON', 'EVENING')),
  day            smallint NOT NULL CHECK (day BETWEEN 1 AND 7),
  period         smallint NOT NULL CHECK (period BETWEEN 1 AND 10),
  duration       smallint NOT NULL DEFAULT 1 CHECK (duration BETWEEN 1 AND 4),
  homeroom_leads boolean  NOT NULL DEFAULT false,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id)
);
SELECT platform.protect_centre_table('timetable.fixed_activity');

-- A slot a teacher cannot teach in: BUSY (asked to keep it free) or ELSEWHERE (teaches at another institution then).
CREATE TABLE timetable.teacher_slot (
  centre_id      uuid     NOT NULL,
  school_year_id uuid     NOT NULL,
  staff_id       uuid     NOT NULL,
  day            smallint NOT NULL CHECK (day BETWEEN 1 AND 7),
  session        text     NOT NULL CHECK (session IN ('MORNING', 'AFTERNOON', 'EVENING')),
  period         smallint NOT NULL CHECK (period BETWEEN 1 AND 10),
  kind           text     NOT NULL CHECK (kind IN ('BUSY', 'ELSEWHERE')),
  PRIMARY KEY (centre_id, school_year_id, staff_id, day, session, period),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id),
  FOREIGN KEY (centre_id, staff_id) REFERENCES people.staff_member (centre_id, id)
);
SELECT platform.protect_centre_table('timetable.teacher_slot');

-- A subject group's meeting half-day (ngày họp tổ): the teachers of these subjects teach nothing then.
CREATE TABLE timetable.group_meeting (
  centre_id      uuid     NOT NULL,
  id             uuid     NOT NULL,
  school_year_id uuid     NOT NULL,
  name           text     NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  subject_codes  text[]   NOT NULL,
  day            smallint NOT NULL CHECK (day BETWEEN 1 AND 7),
  session        text     NOT NULL CHECK (session IN ('MORNING', 'AFTERNOON', 'EVENING')),
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id)
);
SELECT platform.protect_centre_table('timetable.group_meeting');

-- A version of a school year's timetable (TKB số <number>), in force from effective_from once published.
-- status: DRAFT (being made and edited), SUBMITTED (waiting for the director), PUBLISHED (approved; read-only).
-- revision counts the edits, for optimistic locking: an editor names the revision it saw.
-- hard_cost and soft_cost: the rules' cost of its lessons as last measured (NULL before the first solve).
CREATE TABLE timetable.version (
  centre_id      uuid        NOT NULL,
  id             uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  number         integer     NOT NULL CHECK (number >= 1),
  effective_from date        NOT NULL,
  status         text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED')),
  revision       integer     NOT NULL DEFAULT 1,
  hard_cost      bigint,
  soft_cost      bigint,
  unplaced       integer,
  seed           bigint,
  solve_job_id   uuid,
  created_at     timestamptz NOT NULL,
  created_by     text        NOT NULL,
  submitted_at   timestamptz,
  submitted_by   text,
  published_at   timestamptz,
  published_by   text,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, school_year_id, number),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id)
);
SELECT platform.protect_centre_table('timetable.version');

-- A lesson of a version at its slot: a course's lesson (subject_id set) or a fixed activity (activity set).
-- day: ISO day of week. pinned: stays at its slot when the version is solved again. class_name, title (the subject's
-- name or the activity), subject_code and teacher_name are copied when the lesson is written, so that a published
-- timetable reads as it was published and any reader (a learner, a guardian) reads it without the records' rights.
CREATE TABLE timetable.lesson (
  centre_id  uuid     NOT NULL,
  id         uuid     NOT NULL,
  version_id uuid     NOT NULL,
  class_id     uuid     NOT NULL,
  class_name   text     NOT NULL,
  subject_id   uuid,
  subject_code text,
  activity     text,
  title        text     NOT NULL,
  staff_id     uuid,
  teacher_name text,
  day        smallint NOT NULL CHECK (day BETWEEN 1 AND 7),
  session    text     NOT NULL CHECK (session IN ('MORNING', 'AFTERNOON', 'EVENING')),
  period     smallint NOT NULL CHECK (period BETWEEN 1 AND 10),
  duration   smallint NOT NULL CHECK (duration BETWEEN 1 AND 4),
  room_id    uuid,
  pinned     boolean  NOT NULL DEFAULT false,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, version_id) REFERENCES timetable.version (centre_id, id) ON DELETE CASCADE,
  CHECK ((subject_id IS NULL) <> (activity IS NULL))
);
CREATE INDEX lesson_version_idx ON timetable.lesson (centre_id, version_id);
SELECT platform.protect_centre_table('timetable.lesson');

-- A private calendar feed (iCalendar) of a teacher or a learner, reached by a secret token of which only the SHA-256
-- is kept; revoked feeds answer 404.
CREATE TABLE timetable.feed (
  centre_id  uuid        NOT NULL,
  token_hash text        NOT NULL,
  owner_kind text        NOT NULL CHECK (owner_kind IN ('STAFF', 'LEARNER')),
  owner_id   uuid        NOT NULL,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  PRIMARY KEY (centre_id, token_hash)
);
CREATE UNIQUE INDEX feed_token_idx ON timetable.feed (token_hash);
CREATE INDEX feed_owner_idx ON timetable.feed (centre_id, owner_kind, owner_id);
SELECT platform.protect_centre_table('timetable.feed');
