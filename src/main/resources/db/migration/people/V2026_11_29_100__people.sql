-- People (con người) of a centre: learners (học viên), guardians (phụ huynh) and staff (cán bộ, giáo viên, nhân viên),
-- with the fields the sector database (CSDL ngành) keeps. Names are kept as họ / đệm / tên plus the full name as
-- written (NFC); search_key is the folded full name ("nguyen van an") for search that ignores diacritics.
-- The personal ID number is sensitive personal data (Law 91/2025, NĐ 356/2025): it is stored encrypted
-- (citizen_id_cipher, AES-GCM by the application) with a keyed hash (citizen_id_digest) for duplicate checks.
CREATE SCHEMA people;
GRANT USAGE ON SCHEMA people TO ${appRole};
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE TABLE people.learner (
  centre_id          uuid        NOT NULL REFERENCES centres.centre (id),
  id                 uuid        NOT NULL,
  code               text        NOT NULL,               -- mã học sinh (sector code), opaque; also the username
  family_name        text        NOT NULL,
  middle_name        text        NOT NULL DEFAULT '',
  given_name         text        NOT NULL,
  full_name          text        NOT NULL,
  search_key         text        NOT NULL,
  birth_date         date        NOT NULL,
  sex                text        NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
  ethnicity          text,
  religion           text,
  nationality        text        NOT NULL DEFAULT 'Việt Nam',
  birth_place        text,
  home_town          text,
  citizen_id_cipher  bytea,
  citizen_id_digest  text,
  street             text,
  ward               text,                               -- phường / xã (units after 01/07/2025)
  province           text,
  old_address        text,                               -- historical address text, as written
  phone              text,
  email              text,
  policy_group       text,                               -- đối tượng chính sách
  disability         text,
  photo_file         text,                               -- file store key
  account_id         uuid,
  deidentified_at    timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  version            int         NOT NULL DEFAULT 0,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, code),
  CONSTRAINT learner_code_format CHECK (code ~ '^[A-Za-z0-9._-]{3,40}$')
);
CREATE UNIQUE INDEX learner_citizen_id_uq ON people.learner (centre_id, citizen_id_digest);
CREATE INDEX learner_search_idx ON people.learner USING gin (search_key public.gin_trgm_ops);
CREATE INDEX learner_phone_idx ON people.learner (centre_id, phone);
SELECT platform.protect_centre_table('people.learner');

CREATE TABLE people.guardian (
  centre_id          uuid        NOT NULL REFERENCES centres.centre (id),
  id                 uuid        NOT NULL,
  family_name        text        NOT NULL,
  middle_name        text        NOT NULL DEFAULT '',
  given_name         text        NOT NULL,
  full_name          text        NOT NULL,
  search_key         text        NOT NULL,
  phone              text        NOT NULL,               -- also the guardian's username
  email              text,
  citizen_id_cipher  bytea,
  citizen_id_digest  text,
  account_id         uuid,
  deidentified_at    timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  version            int         NOT NULL DEFAULT 0,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, phone)
);
SELECT platform.protect_centre_table('people.guardian');

CREATE TABLE people.learner_guardian (
  centre_id   uuid    NOT NULL,
  learner_id  uuid    NOT NULL,
  guardian_id uuid    NOT NULL,
  relation    text    NOT NULL CHECK (relation IN ('FATHER', 'MOTHER', 'GRANDPARENT', 'SIBLING', 'OTHER')),
  PRIMARY KEY (centre_id, learner_id, guardian_id),
  FOREIGN KEY (centre_id, learner_id) REFERENCES people.learner (centre_id, id),
  FOREIGN KEY (centre_id, guardian_id) REFERENCES people.guardian (centre_id, id)
);
CREATE INDEX learner_guardian_guardian_idx ON people.learner_guardian (centre_id, guardian_id);
SELECT platform.protect_centre_table('people.learner_guardian');

CREATE TABLE people.staff_member (
  centre_id          uuid        NOT NULL REFERENCES centres.centre (id),
  id                 uuid        NOT NULL,
  code               text        NOT NULL,               -- the centre's staff code
  family_name        text        NOT NULL,
  middle_name        text        NOT NULL DEFAULT '',
  given_name         text        NOT NULL,
  full_name          text        NOT NULL,
  search_key         text        NOT NULL,
  birth_date         date,
  sex                text        CHECK (sex IN ('MALE', 'FEMALE')),
  phone              text,
  email              text,
  citizen_id_cipher  bytea,
  citizen_id_digest  text,
  position           text        NOT NULL DEFAULT 'TEACHER',
  qualification      text,
  contract_type      text,
  subject_codes      text[]      NOT NULL DEFAULT '{}',  -- subjects the person may teach (academics' codes)
  workload_norm      smallint    NOT NULL DEFAULT 17 CHECK (workload_norm BETWEEN 0 AND 40),
  account_id         uuid,
  active             boolean     NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL DEFAULT now(),
  version            int         NOT NULL DEFAULT 0,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, code)
);
CREATE INDEX staff_member_account_idx ON people.staff_member (centre_id, account_id);
SELECT platform.protect_centre_table('people.staff_member');

