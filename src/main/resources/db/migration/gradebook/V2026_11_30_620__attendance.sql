-- Attendance (điểm danh), part of the sổ gọi tên và ghi điểm điện tử: one status per learner, class, date and session
-- (buổi sáng, chiều, tối), who recorded it and when, and an append-only log of every correction (old status, new status,
-- who, when): the electronic form of the red-ink correction. Counting the days absent against the 45-day limit of
-- TT 43/2021/TT-BGDĐT Art. 11 is the application's (docs/gradebook/attendance-rules.md).
-- The score book of the same module creates the schema too; whichever runs first creates it.
CREATE SCHEMA IF NOT EXISTS gradebook;
GRANT USAGE ON SCHEMA gradebook TO ${appRole};

-- status: PRESENT (có mặt), EXCUSED (vắng có phép), UNEXCUSED (vắng không phép), LATE (đi muộn).
-- school_year_id is the class's, so a learner's days absent in a year are summed over every class of that year.
-- recorded_by/at: the first recording; changed_by/at: the latest correction (the log keeps every one).
CREATE TABLE gradebook.attendance (
  centre_id      uuid        NOT NULL,
  class_id       uuid        NOT NULL,
  day            date        NOT NULL,
  session        text        NOT NULL CHECK (session IN ('MORNING', 'AFTERNOON', 'EVENING')),
  learner_id     uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  status         text        NOT NULL CHECK (status IN ('PRESENT', 'EXCUSED', 'UNEXCUSED', 'LATE')),
  recorded_by    text        NOT NULL,
  recorded_at    timestamptz NOT NULL,
  changed_by     text,
  changed_at     timestamptz,
  PRIMARY KEY (centre_id, class_id, day, session, learner_id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id),
  FOREIGN KEY (centre_id, school_year_id) REFERENCES centres.school_year (centre_id, id),
  CHECK ((changed_by IS NULL) = (changed_at IS NULL))
);
-- A learner's year (days absent, "my attendance"); only the rows that are not PRESENT are ever summed.
CREATE INDEX attendance_learner_year_idx ON gradebook.attendance (centre_id, learner_id, school_year_id)
  WHERE status <> 'PRESENT';
SELECT platform.protect_centre_table('gradebook.attendance');
-- A status is corrected, never removed.
REVOKE DELETE, TRUNCATE ON gradebook.attendance FROM ${appRole};

-- Every correction of a recorded status, never rewritten: the application may only add and read rows.
CREATE TABLE gradebook.attendance_change (
  centre_id  uuid        NOT NULL,
  id         uuid        NOT NULL,
  class_id   uuid        NOT NULL,
  day        date        NOT NULL,
  session    text        NOT NULL,
  learner_id uuid        NOT NULL,
  old_status text        NOT NULL,
  new_status text        NOT NULL,
  changed_by text        NOT NULL,
  changed_at timestamptz NOT NULL,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, class_id, day, session, learner_id)
    REFERENCES gradebook.attendance (centre_id, class_id, day, session, learner_id),
  CHECK (old_status <> new_status)
);
CREATE INDEX attendance_change_day_idx ON gradebook.attendance_change (centre_id, class_id, day);
SELECT platform.protect_centre_table('gradebook.attendance_change');
REVOKE UPDATE, DELETE, TRUNCATE ON gradebook.attendance_change FROM ${appRole};
