package vn.edu.ecenter.platform.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.platform.audit.AuditEntry;
import vn.edu.ecenter.platform.clock.BusinessClock;

/** One line of the audit page: time in Asia/Ho_Chi_Minh, action and entity named in the reader's language. */
record AuditRow(
        long seq,
        String time,
        String actor,
        String action,
        String entity,
        @Nullable String entityId,
        @Nullable String reason,
        @Nullable String oldValue,
        @Nullable String newValue) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessClock.ZONE);

    /** Actions and entity types without a translation are shown as recorded, so that nothing is hidden. */
    static AuditRow of(AuditEntry entry, MessageSource messages, Locale locale) {
        return new AuditRow(
                entry.seq(),
                TIME.format(entry.occurredAt()),
                entry.actor(),
                messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale),
                messages.getMessage("audit.entity." + entry.entityType(), null, entry.entityType(), locale),
                entry.entityId(),
                entry.reason(),
                entry.oldValue(),
                entry.newValue());
    }
}
