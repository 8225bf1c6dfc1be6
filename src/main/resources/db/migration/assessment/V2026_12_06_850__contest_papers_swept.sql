-- Contest papers whose time is up are submitted by the server's sweep (like test attempts), which finds them in every
-- centre: the entries become readable from the system scope, and the open papers are found by their deadline.
DROP POLICY centre_isolation ON assessment.contest_entry;
SELECT platform.protect_shared_table('assessment.contest_entry');
CREATE INDEX contest_entry_due ON assessment.contest_entry (deadline) WHERE submitted_at IS NULL AND deadline IS NOT NULL;
