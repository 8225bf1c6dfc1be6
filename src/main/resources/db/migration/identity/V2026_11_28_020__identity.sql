-- Accounts, sign-in throttling and API tokens.
-- Usernames are unique across the deployment, so that one sign-in form and one token endpoint serve every centre.
-- A system administrator's account belongs to no centre; every other account belongs to exactly one.
CREATE SCHEMA identity;
GRANT USAGE ON SCHEMA identity TO ${appRole};

CREATE TABLE identity.account (
  id                   uuid        PRIMARY KEY,
  centre_id            uuid,
  username             text        NOT NULL,
  password_hash        text        NOT NULL,
  full_name            text        NOT NULL,
  email                text,
  roles                text[]      NOT NULL,
  must_change_password boolean     NOT NULL DEFAULT false,
  enabled              boolean     NOT NULL DEFAULT true,
  created_at           timestamptz NOT NULL DEFAULT now(),
  password_changed_at  timestamptz,
  CONSTRAINT account_username_format CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  CONSTRAINT account_system_admin_has_no_centre CHECK (('SYSTEM_ADMIN' = ANY (roles)) = (centre_id IS NULL))
);
CREATE UNIQUE INDEX account_username_uq ON identity.account (username);
CREATE INDEX account_centre_idx ON identity.account (centre_id);
ALTER TABLE identity.account ENABLE ROW LEVEL SECURITY;
CREATE POLICY account_centre_or_system ON identity.account
  USING (centre_id = platform.current_centre() OR platform.system_scope())
  WITH CHECK (centre_id = platform.current_centre() OR platform.system_scope());

-- Failed sign-ins are counted per typed username, whether or not the account exists,
-- so that throttling does not reveal which usernames are real.
CREATE TABLE identity.login_throttle (
  username        text        PRIMARY KEY,
  failures        int         NOT NULL,
  last_failure_at timestamptz NOT NULL,
  locked_until    timestamptz
);

CREATE TABLE identity.api_token (
  token_hash text        PRIMARY KEY,
  account_id uuid        NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX api_token_account_idx ON identity.api_token (account_id);
