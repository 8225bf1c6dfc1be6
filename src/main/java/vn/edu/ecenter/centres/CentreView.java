package vn.edu.ecenter.centres;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A centre as the pages and other modules see it. */
public record CentreView(
        UUID id,
        String code,
        String name,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String email,
        boolean active) {}
