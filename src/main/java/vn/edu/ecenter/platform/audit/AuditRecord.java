package vn.edu.ecenter.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * One fact for the audit trail (nhật ký hệ thống): what was done to which record, with the values before and after
 * (records or maps, stored as JSON) and the reason given.
 */
public record AuditRecord(
        String action,
        String entityType,
        @Nullable String entityId,
        @Nullable Object oldValue,
        @Nullable Object newValue,
        @Nullable String reason) {

    public static AuditRecord of(String action, String entityType, @Nullable String entityId) {
        return new AuditRecord(action, entityType, entityId, null, null, null);
    }

    public AuditRecord values(@Nullable Object oldValue, @Nullable Object newValue) {
        return new AuditRecord(action, entityType, entityId, oldValue, newValue, reason);
    }

    public AuditRecord because(@Nullable String why) {
        return new AuditRecord(action, entityType, entityId, oldValue, newValue, why);
    }
}
