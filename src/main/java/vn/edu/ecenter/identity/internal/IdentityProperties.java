package vn.edu.ecenter.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules ({@code ecenter.security.*}).
 *
 * @param maxFailedSignIns failed attempts for one username before it is locked for a while
 * @param lockDuration how long such a lock lasts
 * @param tokenLifetime how long an API bearer token is valid
 * @param minPasswordLength the shortest password accepted
 */
@ConfigurationProperties("ecenter.security")
record IdentityProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("8h") Duration tokenLifetime,
        @DefaultValue("8") int minPasswordLength) {}
