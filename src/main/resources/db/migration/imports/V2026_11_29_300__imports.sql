-- Imports (nhập dữ liệu từ Excel): one row per run of an import (dry run or real), keyed by the background job that ran
-- it, with the uploaded file (a file store key) and the report (counts and per-row reasons) for the import wizard's
-- pages and the downloadable error report.
CREATE SCHEMA imports;
GRANT USAGE ON SCHEMA imports TO ${appRole};

CREATE TABLE imports.import_run (
  centre_id     uuid        NOT NULL REFERENCES centres.centre (id),
  id            uuid        NOT NULL,               -- the background job's id
  kind          text        NOT NULL CHECK (kind IN ('LEARNERS', 'GUARDIANS', 'STAFF')),
  file_sha256   text        NOT NULL,               -- file store key of the uploaded .xlsx
  file_name     text        NOT NULL,
  class_id      uuid,
  dry_run       boolean     NOT NULL,
  mode          text        NOT NULL CHECK (mode IN ('ALL', 'VALID')),
  requested_by  text        NOT NULL,
  report        jsonb,                              -- null until the job has run
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, id)
);
SELECT platform.protect_centre_table('imports.import_run');
