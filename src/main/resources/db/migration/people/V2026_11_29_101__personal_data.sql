-- Personal-data duties (Law 91/2025/QH15, NĐ 356/2025/NĐ-CP): images of the citizen card kept encrypted, consent
-- records with their evidence, a log of who opened which learner record, and data-subject requests with their time
-- limits. Also the search index over name, code and phone together.

ALTER TABLE people.learner ADD COLUMN id_image_file text;          -- file store key of the encrypted card scan
ALTER TABLE people.staff_member ADD COLUMN id_image_file text;
ALTER TABLE people.staff_member ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE people.guardian ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- One trigram index answers a search by folded name, learner code or phone number (LIKE '%…%').
DROP INDEX people.learner_search_idx;
CREATE INDEX learner_find_idx ON people.learner
  USING gin ((search_key || ' ' || lower(code) || ' ' || coalesce(phone, '')) public.gin_trgm_ops);
CREATE INDEX staff_member_find_idx ON people.staff_member
  USING gin ((search_key || ' ' || lower(code) || ' ' || coalesce(phone, '')) public.gin_trgm_ops);
CREATE UNIQUE INDEX staff_member_citizen_id_uq ON people.staff_member (centre_id, citizen_id_digest);

-- Consent (sự đồng ý) to a purpose of processing: explicit, with evidence, withdrawable (Law 91/2025; NĐ 356/2025).
-- For a learner under 16 the legal representative consents (guardian_id names them).
CREATE TABLE people.consent (
  centre_id       uuid        NOT NULL REFERENCES centres.centre (id),
  id              uuid        NOT NULL,
  learner_id      uuid        NOT NULL,
  purpose         text        NOT NULL,
  given_by        text        NOT NULL CHECK (given_by IN ('LEARNER', 'GUARDIAN')),
  guardian_id     uuid,
  given_by_name   text        NOT NULL,
  method          text        NOT NULL CHECK (method IN ('PAPER', 'ONLINE', 'IN_PERSON')),
  evidence        text,
  given_on        date        NOT NULL,
  recorded_by     text        NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  withdrawn_on    date,
  withdrawn_note  text,
  withdrawn_by    text,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id),
  FOREIGN KEY (centre_id, guardian_id) REFERENCES people.guardian (centre_id, id),
  CHECK ((given_by = 'GUARDIAN') = (guardian_id IS NOT NULL))
);
CREATE INDEX consent_learner_idx ON people.consent (centre_id, learner_id);
SELECT platform.protect_centre_table('people.consent');

-- Who opened which learner record, and why (OPEN the profile, REVEAL_ID the full personal ID number, EXPORT a
-- data-subject export, ID_IMAGE the card scan).
CREATE TABLE people.access_log (
  centre_id   uuid        NOT NULL REFERENCES centres.centre (id),
  id          bigint      GENERATED ALWAYS AS IDENTITY,
  learner_id  uuid        NOT NULL,
  actor       text        NOT NULL,
  action      text        NOT NULL CHECK (action IN ('OPEN', 'REVEAL_ID', 'EXPORT', 'ID_IMAGE')),
  purpose     text,
  at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id)
);
CREATE INDEX access_log_learner_idx ON people.access_log (centre_id, learner_id, at DESC);
CREATE INDEX access_log_at_idx ON people.access_log (centre_id, at DESC);
SELECT platform.protect_centre_table('people.access_log');

-- Data-subject requests (yêu cầu của chủ thể dữ liệu): received, acknowledged within 2 working days, completed within
-- the law's limit (configurable: ecenter.people.requests.*).
CREATE TABLE people.subject_request (
  centre_id        uuid        NOT NULL REFERENCES centres.centre (id),
  id               uuid        NOT NULL,
  learner_id       uuid        NOT NULL,
  kind             text        NOT NULL CHECK (kind IN ('ACCESS', 'RECTIFY', 'DEIDENTIFY', 'WITHDRAW_CONSENT', 'RESTRICT', 'OBJECT')),
  requested_by     text        NOT NULL,
  details          text,
  received_on      date        NOT NULL,
  acknowledge_by   date        NOT NULL,
  due_on           date        NOT NULL,
  acknowledged_on  date,
  completed_on     date,
  outcome          text,
  status           text        NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'ACKNOWLEDGED', 'COMPLETED', 'REFUSED')),
  recorded_by      text        NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id)
);
CREATE INDEX subject_request_open_idx ON people.subject_request (centre_id, status, due_on);
SELECT platform.protect_centre_table('people.subject_request');
