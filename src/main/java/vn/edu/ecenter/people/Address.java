package vn.edu.ecenter.people;

import org.jspecify.annotations.Nullable;

/**
 * An address after the 2025 reform of administrative units: street and house number, ward or commune (phường / xã),
 * province or city; there is no district level any more. An address written with the old units is kept as text.
 */
public record Address(
        @Nullable String street,
        @Nullable String ward,
        @Nullable String province,
        @Nullable String oldAddress) {

    public static final Address NONE = new Address(null, null, null, null);
}
