-- E-mail outbox: a message is stored in the transaction that causes it and sent later by a worker, with retries,
-- so that an SMTP outage loses nothing.
CREATE TABLE platform.mail_outbox (
  centre_id       uuid        NOT NULL,
  id              uuid        NOT NULL,
  recipient       text        NOT NULL,
  subject         text        NOT NULL,
  body_html       text        NOT NULL,
  status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT')),
  attempts        int         NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error      text,
  created_at      timestamptz NOT NULL,
  sent_at         timestamptz,
  PRIMARY KEY (centre_id, id)
);
CREATE INDEX mail_outbox_due_idx ON platform.mail_outbox (next_attempt_at) WHERE status = 'PENDING';
SELECT platform.protect_shared_table('platform.mail_outbox');
