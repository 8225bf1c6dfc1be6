-- Background jobs (imports, timetable solving, batch PDFs, audit verification): one row per job, with its progress,
-- so that any node can show the page and a restart never loses a job silently.
-- Deployment-wide jobs use the all-zero centre id; system scope sees every row, for recovery after a restart.
CREATE TABLE platform.job (
  centre_id        uuid        NOT NULL,
  id               uuid        NOT NULL,
  type             text        NOT NULL,
  params           text        NOT NULL DEFAULT '{}',
  status           text        NOT NULL
                   CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  progress_done    bigint      NOT NULL DEFAULT 0,
  progress_total   bigint,
  message_key      text,
  message_args     text,
  result           text,
  requested_by     text        NOT NULL,
  requested_at     timestamptz NOT NULL,
  started_at       timestamptz,
  finished_at      timestamptz,
  cancel_requested boolean     NOT NULL DEFAULT false,
  node             text        NOT NULL,
  attempts         int         NOT NULL DEFAULT 0,
  PRIMARY KEY (centre_id, id)
);
CREATE INDEX job_unfinished_idx ON platform.job (node) WHERE status IN ('QUEUED', 'RUNNING');
SELECT platform.protect_shared_table('platform.job');

-- The application nodes that run jobs, with a heartbeat. A job whose node has no fresh heartbeat was left by a
-- process that stopped; another node resumes it or marks it failed. Not centre-owned: one row per process.
CREATE TABLE platform.job_node (
  node         text        PRIMARY KEY,
  started_at   timestamptz NOT NULL,
  heartbeat_at timestamptz NOT NULL
);
