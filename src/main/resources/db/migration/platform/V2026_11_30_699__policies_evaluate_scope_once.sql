-- Row-level security policies read the transaction's centre once per query instead of once per row.
--
-- A policy written `centre_id = platform.current_centre()` calls the function (current_setting, NULLIF, a uuid cast)
-- for every row it filters: a sequential scan of a centre's 1,200 learners spent most of its time there. Written
-- `centre_id = (SELECT platform.current_centre())` the function becomes an init plan, evaluated once per query, and
-- its value is still usable as an index condition. Same for platform.system_scope().
--
-- Every existing policy is rewritten (whatever its name), and the two helpers that new tables call produce the new form.

CREATE OR REPLACE FUNCTION platform.protect_centre_table(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY centre_isolation ON %s USING (centre_id = (SELECT platform.current_centre())) '
                 'WITH CHECK (centre_id = (SELECT platform.current_centre()))', target);
END $$;

CREATE OR REPLACE FUNCTION platform.protect_shared_table(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY centre_or_system ON %s '
                 'USING (centre_id = (SELECT platform.current_centre()) OR (SELECT platform.system_scope())) '
                 'WITH CHECK (centre_id = (SELECT platform.current_centre()) OR (SELECT platform.system_scope()))',
                 target);
END $$;

DO $$
DECLARE
  policy record;
  using_expr text;
  check_expr text;
BEGIN
  FOR policy IN
    SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies
    WHERE qual LIKE '%platform.current_centre()%' OR qual LIKE '%platform.system_scope()%'
  LOOP
    using_expr := replace(replace(policy.qual,
        'platform.current_centre()', '(SELECT platform.current_centre())'),
        'platform.system_scope()', '(SELECT platform.system_scope())');
    EXECUTE format('ALTER POLICY %I ON %I.%I USING (%s)',
                   policy.policyname, policy.schemaname, policy.tablename, using_expr);
    IF policy.with_check IS NOT NULL THEN
      check_expr := replace(replace(policy.with_check,
          'platform.current_centre()', '(SELECT platform.current_centre())'),
          'platform.system_scope()', '(SELECT platform.system_scope())');
      EXECUTE format('ALTER POLICY %I ON %I.%I WITH CHECK (%s)',
                     policy.policyname, policy.schemaname, policy.tablename, check_expr);
    END IF;
  END LOOP;
END $$;
