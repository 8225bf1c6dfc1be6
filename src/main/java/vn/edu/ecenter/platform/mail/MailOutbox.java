package vn.edu.ecenter.platform.mail;

import java.sql.Timestamp;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.TenantContext;
import vn.edu.ecenter.platform.tenancy.TenantScope;

/**
 * Stores e-mails in the caller's transaction; {@link MailDispatcher} sends them. If the transaction rolls back, no
 * e-mail goes out; if the SMTP server is down, the e-mail waits.
 */
@Component
public class MailOutbox {

    static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final BusinessClock clock;

    MailOutbox(JdbcClient jdbc, ITemplateEngine templates, MessageSource messages, BusinessClock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public UUID enqueue(OutgoingMail mail) {
        var context = new Context(DEFAULT_LOCALE, mail.model());
        String body = templates.process(mail.template(), context);
        String subject = messages.getMessage(mail.subjectKey(), null, DEFAULT_LOCALE);
        UUID centre = TenantContext.current().centre().orElse(TenantScope.SYSTEM_CENTRE);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO platform.mail_outbox (centre_id, id, recipient, subject, body_html, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(centre, id, mail.to(), subject, body, now, now).update();
        return id;
    }
}
