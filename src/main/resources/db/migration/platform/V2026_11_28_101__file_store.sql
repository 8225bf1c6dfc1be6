-- File store: the bytes live content-addressed on disk (<data dir>/files/ab/cd/<sha256>), stored once however often
-- they are uploaded; this table says which centre uploaded which content, under which name, when and by whom.
-- Deployment-wide files use the all-zero centre id; system scope (backups, platform workers) sees every row.
CREATE TABLE platform.stored_file (
  centre_id     uuid        NOT NULL,
  sha256        char(64)    NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size          bigint      NOT NULL CHECK (size > 0),
  media_type    text        NOT NULL,
  original_name text        NOT NULL,
  created_at    timestamptz NOT NULL,
  created_by    text        NOT NULL,
  PRIMARY KEY (centre_id, sha256)
);
SELECT platform.protect_shared_table('platform.stored_file');
