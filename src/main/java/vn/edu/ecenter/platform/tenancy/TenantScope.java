package vn.edu.ecenter.platform.tenancy;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which rows a transaction may see: those of one centre, or (for platform work across centres) the system scope.
 *
 * @param centreId the centre whose rows are visible, or null for none
 * @param system whether tables shared across centres are visible in full
 */
public record TenantScope(@Nullable UUID centreId, boolean system) {

    /** The scope of deployment-wide records such as system audit entries and e-mails not tied to a centre. */
    public static final UUID SYSTEM_CENTRE = new UUID(0L, 0L);

    public static final TenantScope NONE = new TenantScope(null, false);

    public static TenantScope centre(UUID centreId) {
        return new TenantScope(centreId, false);
    }

    public static TenantScope systemWide() {
        return new TenantScope(null, true);
    }

    public Optional<UUID> centre() {
        return Optional.ofNullable(centreId);
    }
}
