package vn.edu.ecenter.platform.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP session storage settings ({@code ecenter.session.*}); the timeout itself is {@code spring.session.timeout}.
 *
 * @param touchInterval how stale the stored last-access time of a session may get before a request writes it again
 *     (capped at a tenth of the session timeout). A session therefore ends after between (timeout − touchInterval)
 *     and timeout of inactivity, never later.
 */
@ConfigurationProperties("ecenter.session")
record SessionProperties(@DefaultValue("60s") Duration touchInterval) {}
