-- Pictures shown with a question's text, uploaded in the question editor: PNG, JPEG, GIF or WebP (known by their first
-- bytes), at most 2 MB. A question version names its picture in its content ("image"); versions that keep the picture
-- share the row. A picture belongs to the bank it was uploaded for: only that bank's questions may show it. Served by
-- /assessment/images/{id} to staff who may use the bank and to those whose paper shows it.
CREATE TABLE assessment.question_image (
  centre_id   uuid        NOT NULL,
  id          uuid        NOT NULL,
  bank_id     uuid        NOT NULL,
  media_type  text        NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
  content     bytea       NOT NULL CHECK (length(content) BETWEEN 1 AND 2097152),
  uploaded_at timestamptz NOT NULL,
  uploaded_by text        NOT NULL,
  PRIMARY KEY (centre_id, id),
  FOREIGN KEY (centre_id, bank_id) REFERENCES assessment.bank (centre_id, id)
);
SELECT platform.protect_centre_table('assessment.question_image');
