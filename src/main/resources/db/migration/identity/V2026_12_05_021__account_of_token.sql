-- The account a bearer token signs in, in one statement and without a transaction of its own.
--
-- Every API request looked its token up inside a system-scope transaction (BEGIN, set_config, a query for the token,
-- a second for the account through Spring Data, COMMIT): about a fifth of the application's time for a score save.
-- This function runs as the tables' owner, so it needs no scope (accounts are protected by row-level security), and
-- it returns only what the request needs, only for an unexpired token of an enabled account. Whoever calls it must
-- already hold the token's hash, which is what identifies the account anyway.
CREATE FUNCTION identity.account_of_token(p_token_hash text, p_now timestamptz)
  RETURNS TABLE (id uuid, username text, full_name text, roles text[], centre_id uuid, must_change_password boolean)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
    SELECT a.id, a.username, a.full_name, a.roles, a.centre_id, a.must_change_password
    FROM identity.api_token t
    JOIN identity.account a ON a.id = t.account_id
    WHERE t.token_hash = p_token_hash AND t.expires_at > p_now AND a.enabled
  $$;
REVOKE ALL ON FUNCTION identity.account_of_token(text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION identity.account_of_token(text, timestamptz) TO ${appRole};
