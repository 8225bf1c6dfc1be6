-- Rounds between centres (vòng liên trung tâm) taken on the platform (ADR 0018). The round lives in the centre whose
-- director set it (the host); its director invites other centres of the deployment, whose directors nominate
-- participants; the nominees take the paper in the host's scope.
--
-- A nomination is an entry of the host's round that names where its participant comes from: the origin centre (its id
-- and its name on the day) and, as for every entry, the person's id and name. Entries of the host's own participants
-- keep both NULL.
ALTER TABLE assessment.contest_entry
  ADD COLUMN origin_centre_id   uuid,
  ADD COLUMN origin_centre_name text,
  ADD CONSTRAINT contest_entry_origin_named CHECK ((origin_centre_id IS NULL) = (origin_centre_name IS NULL));
CREATE INDEX contest_entry_nominated ON assessment.contest_entry (origin_centre_id, participant_id)
  WHERE origin_centre_id IS NOT NULL;

-- An invitation of a centre (the guest) to a host's inter-centre round. It copies what the guest's pages show of the
-- round (contest and round names, audience, times, number of questions: a round does not change once added) so that
-- the guest reads its invitations in its own scope. Row-level security: the host reads and writes its invitations; the
-- guest only reads those addressed to it; a third centre sees none. This is the one path by which a centre learns of
-- another's round; everything else about the round is read in the host's scope after this row is found.
CREATE TABLE assessment.contest_invitation (
  centre_id         uuid        NOT NULL,
  round_id          uuid        NOT NULL,
  guest_centre_id   uuid        NOT NULL,
  host_centre_name  text        NOT NULL,
  guest_centre_name text        NOT NULL,
  contest_name      text        NOT NULL,
  round_name        text        NOT NULL,
  audience          text        NOT NULL CHECK (audience IN ('LEARNERS', 'TEACHERS')),
  opens_at          timestamptz NOT NULL,
  closes_at         timestamptz NOT NULL,
  duration_minutes  smallint    NOT NULL,
  questions         smallint    NOT NULL,
  invited_at        timestamptz NOT NULL,
  invited_by        text        NOT NULL,
  PRIMARY KEY (centre_id, round_id, guest_centre_id),
  FOREIGN KEY (centre_id, round_id) REFERENCES assessment.contest_round (centre_id, id),
  CHECK (guest_centre_id <> centre_id)
);
CREATE INDEX contest_invitation_of_guest ON assessment.contest_invitation (guest_centre_id, round_id);
ALTER TABLE assessment.contest_invitation ENABLE ROW LEVEL SECURITY;
CREATE POLICY host_reads_and_writes ON assessment.contest_invitation
  USING (centre_id = (SELECT platform.current_centre()))
  WITH CHECK (centre_id = (SELECT platform.current_centre()));
CREATE POLICY guest_reads ON assessment.contest_invitation FOR SELECT
  USING (guest_centre_id = (SELECT platform.current_centre()));
