package vn.edu.ecenter.timetable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Private calendar feeds (iCalendar) of the published timetables, that a phone's calendar subscribes to by a secret
 * address. A teacher makes and revokes feeds of their own lessons; a learner, and each guardian of a learner, of the
 * learner's class; the director's office sees and revokes any. The secret is shown once, when the feed is made: only
 * its SHA-256 is kept. A revoked or unknown secret reads as nothing at all.
 */
public interface CalendarFeeds {

    /** Whose timetable a feed carries. */
    enum OwnerKind {
        STAFF,
        LEARNER
    }

    /** Someone the signed-in user may make a feed for: themself as a teacher, themself as a learner, or a child. */
    record Owner(OwnerKind kind, UUID id, String name) {}

    /** A feed that is not revoked, without its secret. */
    record Feed(UUID id, OwnerKind kind, UUID ownerId, String ownerName, Instant createdAt, String createdBy) {}

    /** A feed just made: the path of its address (with the secret), shown once and never again. */
    record Created(Feed feed, String path) {}

    /** Whom the signed-in user may make feeds for. */
    List<Owner> owners();

    /** The feeds the signed-in user may see and revoke: those of {@link #owners()}, or every one for the office. */
    List<Feed> feeds();

    /** Makes a feed of an owner the signed-in user may make one for; refuses anyone else. */
    Created create(OwnerKind kind, UUID ownerId);

    /** Revokes a feed: its address answers nothing from now on. */
    void revoke(UUID feedId);

    /**
     * The iCalendar text (RFC 5545) of the feed with that secret in the centre, for anyone who holds the address; empty
     * when the centre or the secret is unknown or the feed was revoked.
     */
    Optional<String> calendar(UUID centreId, String token);
}
