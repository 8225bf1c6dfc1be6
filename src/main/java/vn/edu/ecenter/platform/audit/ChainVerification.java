package vn.edu.ecenter.platform.audit;

import java.util.List;
import java.util.UUID;

/**
 * What verifying one centre's chain found.
 *
 * @param entries how many entries were checked
 * @param problems what is wrong, empty when the chain is intact
 */
public record ChainVerification(UUID centreId, long entries, List<Problem> problems) {

    public boolean intact() {
        return problems.isEmpty();
    }

    /** One break in the chain; {@code kind} is a message key suffix (audit.problem.*). */
    public record Problem(long seq, Kind kind) {}

    public enum Kind {
        /** The entry's content no longer matches its hash: it was altered. */
        ALTERED,
        /** The entry does not point at the hash of the entry before it. */
        BROKEN_LINK,
        /** A sequence number is missing: an entry was deleted. */
        MISSING,
        /** The chain ends before its recorded head: the newest entries were deleted. */
        TRUNCATED
    }
}
