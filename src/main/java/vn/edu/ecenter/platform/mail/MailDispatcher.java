package vn.edu.ecenter.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * Sends due e-mails from the outbox. Several nodes may run it: each claims rows with {@code SKIP LOCKED}. A failed
 * attempt is retried later with a growing pause (at most {@link #MAX_PAUSE}); nothing is dropped.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    static final Duration MAX_PAUSE = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final JavaMailSender sender;
    private final BusinessClock clock;
    private final String from;

    MailDispatcher(
            JdbcClient jdbc,
            Tenancy tenancy,
            JavaMailSender sender,
            BusinessClock clock,
            @Value("${ecenter.mail.from:no-reply@ecenter.local}") String from) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(
            fixedDelayString = "${ecenter.mail.poll-interval:5s}",
            initialDelayString = "${ecenter.mail.poll-interval:5s}")
    void dispatchDue() {
        int sent;
        do {
            sent = dispatchBatch(20);
        } while (sent == 20);
    }

    /** Sends up to {@code limit} due messages; returns how many were attempted. */
    int dispatchBatch(int limit) {
        return tenancy.asSystem(() -> {
            List<Pending> due = jdbc.sql("""
                    SELECT centre_id, id, recipient, subject, body_html, attempts FROM platform.mail_outbox
                    WHERE status = 'PENDING' AND next_attempt_at <= ?
                    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED
                    """)
                    .params(Timestamp.from(clock.instant()), limit)
                    .query((rs, n) -> new Pending(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6)))
                    .list();
            due.forEach(this::attempt);
            return due.size();
        });
    }

    private void attempt(Pending mail) {
        Instant now = clock.instant();
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), true);
            sender.send(message);
            jdbc.sql("UPDATE platform.mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                            + "last_error = NULL WHERE centre_id = ? AND id = ?")
                    .params(Timestamp.from(now), mail.centreId(), mail.id())
                    .update();
        } catch (MailException | MessagingException e) {
            Duration pause = pauseAfter(mail.attempts() + 1);
            log.warn(
                    "E-mail {} not sent (attempt {}), retrying in {}: {}",
                    mail.id(),
                    mail.attempts() + 1,
                    pause,
                    e.getMessage());
            jdbc.sql("UPDATE platform.mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
                            + "WHERE centre_id = ? AND id = ?")
                    .params(Timestamp.from(now.plus(pause)), String.valueOf(e.getMessage()), mail.centreId(), mail.id())
                    .update();
        }
    }

    /** 10 s, 20 s, 40 s, … up to {@link #MAX_PAUSE}. */
    static Duration pauseAfter(int attempts) {
        long seconds = 10L << Math.min(attempts - 1, 10);
        return seconds > MAX_PAUSE.toSeconds() ? MAX_PAUSE : Duration.ofSeconds(seconds);
    }

    private record Pending(UUID centreId, UUID id, String recipient, String subject, String body, int attempts) {}
}
