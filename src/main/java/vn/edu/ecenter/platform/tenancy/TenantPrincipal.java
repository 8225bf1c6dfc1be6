package vn.edu.ecenter.platform.tenancy;

import java.util.Optional;
import java.util.UUID;

/** A signed-in principal that works inside one centre (or, for a system administrator, possibly none yet). */
public interface TenantPrincipal {

    Optional<UUID> centreId();
}
