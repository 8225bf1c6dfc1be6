-- Platform foundation: the application role, tenancy functions, HTTP sessions and the event publication registry.
-- Runs as the owner role. The application role owns nothing, so row-level security always applies to it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${appRole}') THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS', '${appRole}');
  END IF;
END $$;

-- Lets an owner login switch to the application role (SET ROLE) when no separate application login is configured.
DO $$
BEGIN
  EXECUTE format('GRANT %I TO %I', '${appRole}', current_user);
EXCEPTION WHEN others THEN
  RAISE NOTICE 'membership of % not granted to %: %', '${appRole}', current_user, SQLERRM;
END $$;

CREATE SCHEMA platform;
GRANT USAGE ON SCHEMA platform TO ${appRole};

ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};

-- The centre of the current transaction, set by the application with set_config('ecenter.centre_id', ..., true).
-- NULL when none is set, so policies comparing with it match no row.
CREATE FUNCTION platform.current_centre() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('ecenter.centre_id', true), '')::uuid $$;

-- True while the application works across centres (sign-in look-up, system administration, background workers).
CREATE FUNCTION platform.system_scope() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('ecenter.system', true), '') = 'on' $$;

-- Every centre-owned table calls this once: rows are visible and writable only inside their own centre.
CREATE FUNCTION platform.protect_centre_table(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY centre_isolation ON %s USING (centre_id = platform.current_centre()) '
                 'WITH CHECK (centre_id = platform.current_centre())', target);
END $$;

-- Tables that also hold deployment-wide rows (centre_id of the system scope) or are read across centres by the
-- platform's workers: visible in their own centre, and everywhere in system scope.
CREATE FUNCTION platform.protect_shared_table(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY centre_or_system ON %s USING (centre_id = platform.current_centre() OR platform.system_scope()) '
                 'WITH CHECK (centre_id = platform.current_centre() OR platform.system_scope())', target);
END $$;

-- Spring Session JDBC: sessions are shared by all application nodes.
CREATE TABLE platform.spring_session (
  primary_id            char(36)     NOT NULL,
  session_id            char(36)     NOT NULL,
  creation_time         bigint       NOT NULL,
  last_access_time      bigint       NOT NULL,
  max_inactive_interval int          NOT NULL,
  expiry_time           bigint       NOT NULL,
  principal_name        varchar(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON platform.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON platform.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON platform.spring_session (principal_name);

CREATE TABLE platform.spring_session_attributes (
  session_primary_id char(36)     NOT NULL,
  attribute_name     varchar(200) NOT NULL,
  attribute_bytes    bytea        NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
    REFERENCES platform.spring_session (primary_id) ON DELETE CASCADE
);

-- Spring Modulith event publication registry (v2 layout): events survive a crash and are resubmitted.
CREATE TABLE platform.event_publication (
  id                     uuid                     NOT NULL,
  listener_id            text                     NOT NULL,
  event_type             text                     NOT NULL,
  serialized_event       text                     NOT NULL,
  publication_date       timestamp with time zone NOT NULL,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON platform.event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON platform.event_publication (completion_date);
