-- Signed documents (học bạ số and other signed records): every signature or change makes a new numbered version that
-- supersedes the previous one; a version is never edited or deleted. The bytes live in the file store, addressed by
-- their SHA-256. The issuance log records every copy or extract handed out from a version. Both tables are
-- append-only for everyone: the application role lacks UPDATE and DELETE, and a trigger refuses them even to the
-- owner (a restore disables user triggers while it loads rows).

CREATE FUNCTION platform.refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION '% of %.% refused: its rows are never changed or removed; add a new row instead',
    TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TABLE platform.signed_document (
  centre_id       uuid        NOT NULL,
  id              uuid        NOT NULL,
  kind            text        NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.-]{0,62}$'),
  subject_id      uuid        NOT NULL,
  version         int         NOT NULL CHECK (version > 0),
  sha256          char(64)    NOT NULL,
  file_name       text        NOT NULL CHECK (length(btrim(file_name)) > 0),
  size            bigint      NOT NULL CHECK (size > 0),
  signature_count int         NOT NULL CHECK (signature_count > 0),
  signed_by       text        NOT NULL,
  signer_name     text        NOT NULL,
  reason          text        NOT NULL,
  signed_at       timestamptz NOT NULL,
  supersedes      uuid,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, kind, subject_id, version),
  -- A version is superseded at most once: the versions of a document form one line, never a fork.
  UNIQUE (centre_id, supersedes),
  CHECK ((version = 1) = (supersedes IS NULL)),
  FOREIGN KEY (centre_id, supersedes) REFERENCES platform.signed_document (centre_id, id),
  FOREIGN KEY (centre_id, sha256) REFERENCES platform.stored_file (centre_id, sha256)
);
SELECT platform.protect_centre_table('platform.signed_document');
REVOKE UPDATE, DELETE, TRUNCATE ON platform.signed_document FROM ${appRole};

-- The version superseded is the previous version of the same document.
CREATE FUNCTION platform.signed_document_follows() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF NEW.supersedes IS NOT NULL AND NOT EXISTS (
      SELECT FROM platform.signed_document previous
      WHERE previous.centre_id = NEW.centre_id AND previous.id = NEW.supersedes
        AND previous.kind = NEW.kind AND previous.subject_id = NEW.subject_id
        AND previous.version = NEW.version - 1) THEN
    RAISE EXCEPTION 'version % of % % must supersede version % of the same document',
      NEW.version, NEW.kind, NEW.subject_id, NEW.version - 1
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER signed_document_follows BEFORE INSERT ON platform.signed_document
  FOR EACH ROW EXECUTE FUNCTION platform.signed_document_follows();
CREATE TRIGGER signed_document_immutable BEFORE UPDATE OR DELETE ON platform.signed_document
  FOR EACH ROW EXECUTE FUNCTION platform.refuse_change();
CREATE TRIGGER signed_document_no_truncate BEFORE TRUNCATE ON platform.signed_document
  FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_change();

CREATE TABLE platform.document_issue (
  centre_id   uuid        NOT NULL,
  id          uuid        NOT NULL,
  document_id uuid        NOT NULL,
  copy_kind   text        NOT NULL CHECK (copy_kind IN ('COPY', 'EXTRACT')),
  issued_to   text        NOT NULL CHECK (length(btrim(issued_to)) > 0),
  purpose     text        NOT NULL CHECK (length(btrim(purpose)) > 0),
  issued_by   text        NOT NULL,
  issued_at   timestamptz NOT NULL,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, document_id) REFERENCES platform.signed_document (centre_id, id)
);
CREATE INDEX document_issue_document_idx ON platform.document_issue (centre_id, document_id, issued_at);
SELECT platform.protect_centre_table('platform.document_issue');
REVOKE UPDATE, DELETE, TRUNCATE ON platform.document_issue FROM ${appRole};

CREATE TRIGGER document_issue_immutable BEFORE UPDATE OR DELETE ON platform.document_issue
  FOR EACH ROW EXECUTE FUNCTION platform.refuse_change();
CREATE TRIGGER document_issue_no_truncate BEFORE TRUNCATE ON platform.document_issue
  FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_change();
