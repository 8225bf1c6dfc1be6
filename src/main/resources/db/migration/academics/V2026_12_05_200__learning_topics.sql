-- Learning topics (chuyên đề học tập, THPT): each belongs to a subject of the programme ("Chuyên đề Toán" → Toán),
-- and a class takes the topics its learners selected. TT 43/2021/TT-BGDĐT Art. 9.1: the score of each selected topic
-- is one more ĐĐGtx of its subject, so the gradebook reads class_topic to add the topic columns to a score sheet.
CREATE TABLE academics.learning_topic (
  centre_id  uuid     NOT NULL REFERENCES centres.centre (id),
  id         uuid     NOT NULL,
  code       text     NOT NULL,
  name       text     NOT NULL,
  subject_id uuid     NOT NULL,
  position   smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (centre_id, id),
  UNIQUE (centre_id, code),
  FOREIGN KEY (centre_id, subject_id) REFERENCES academics.subject (centre_id, id),
  CONSTRAINT learning_topic_code_format CHECK (code ~ '^[A-Z0-9_-]{1,20}$')
);
SELECT platform.protect_centre_table('academics.learning_topic');

-- The learning topics a class takes (the class's selection for its school year).
CREATE TABLE academics.class_topic (
  centre_id uuid NOT NULL,
  class_id  uuid NOT NULL,
  topic_id  uuid NOT NULL,
  PRIMARY KEY (centre_id, class_id, topic_id),
  FOREIGN KEY (centre_id, class_id) REFERENCES academics.school_class (centre_id, id),
  FOREIGN KEY (centre_id, topic_id) REFERENCES academics.learning_topic (centre_id, id)
);
SELECT platform.protect_centre_table('academics.class_topic');
