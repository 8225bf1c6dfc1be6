-- Audit trail (nhật ký): append-only, one hash chain per centre (and one for deployment-wide events, under the
-- all-zero centre id). Each entry's hash covers its content and the previous entry's hash, so altering or deleting an
-- entry breaks the chain; audit_chain keeps the head so that deleting the newest entries is detected too.
CREATE TABLE platform.audit_entry (
  centre_id   uuid        NOT NULL,
  seq         bigint      NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor       text        NOT NULL,
  action      text        NOT NULL,
  entity_type text        NOT NULL,
  entity_id   text,
  old_value   text,
  new_value   text,
  reason      text,
  prev_hash   char(64)    NOT NULL,
  hash        char(64)    NOT NULL,
  PRIMARY KEY (centre_id, seq)
);
CREATE INDEX audit_entry_entity_idx ON platform.audit_entry (centre_id, entity_type, entity_id);
SELECT platform.protect_shared_table('platform.audit_entry');
-- The application may only add and read entries.
REVOKE UPDATE, DELETE, TRUNCATE ON platform.audit_entry FROM ${appRole};

CREATE TABLE platform.audit_chain (
  centre_id uuid     PRIMARY KEY,
  last_seq  bigint   NOT NULL,
  last_hash char(64) NOT NULL
);
SELECT platform.protect_shared_table('platform.audit_chain');
REVOKE DELETE, TRUNCATE ON platform.audit_chain FROM ${appRole};
