package vn.edu.ecenter.platform.session;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session repository the web layer uses: the shared store (PostgreSQL) behind it, minus the writes and reads a
 * page view does not need. Spring Session's own filter would, on every request, read the session up to three times
 * and write it back once just to move its last-access time. Here:
 *
 * <ul>
 *   <li>the last-access time is written only once it is {@code touchInterval} (at most a tenth of the timeout) old,
 *       or with any other change, so a session expires after between (timeout − touchInterval) and timeout of
 *       inactivity — never later;
 *   <li>a session nothing changed in is not saved at all (no empty transaction);
 *   <li>within one request (see {@link SessionReadOncePerRequest}) a session is read from the store once. Nothing is kept
 *       between requests: every request reads the store, so signing out or a session ended on another node takes
 *       effect on the next request everywhere.
 * </ul>
 */
final class ThrottledSessionRepository
        implements FindByIndexNameSessionRepository<ThrottledSessionRepository.TrackedSession> {

    /** The sessions read during the current request on this thread, by the id they were asked for. */
    private static final ThreadLocal<Map<String, TrackedSession>> READ_IN_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> store;
    private final Duration touchInterval;

    /** Sessions given to the store are always ones it made, so of its own session type. */
    @SuppressWarnings("unchecked")
    ThrottledSessionRepository(FindByIndexNameSessionRepository<? extends Session> store, Duration touchInterval) {
        this.store = (FindByIndexNameSessionRepository<Session>) store;
        this.touchInterval = touchInterval;
    }

    /**
     * Starts remembering the sessions read on this thread, for one request; returns false (and changes nothing) when
     * an outer request on this thread already does. Whoever got true must call {@link #requestEnded()}.
     */
    static boolean requestStarted() {
        if (READ_IN_REQUEST.get() != null) {
            return false;
        }
        READ_IN_REQUEST.set(new HashMap<>());
        return true;
    }

    static void requestEnded() {
        READ_IN_REQUEST.remove();
    }

    @Override
    public TrackedSession createSession() {
        TrackedSession session = new TrackedSession(store.createSession());
        session.changed = true;
        return session;
    }

    @Override
    public void save(TrackedSession session) {
        if (session.changed) {
            store.save(session.stored);
            session.changed = false;
        }
    }

    @Override
    public @Nullable TrackedSession findById(String id) {
        Map<String, TrackedSession> read = READ_IN_REQUEST.get();
        if (read != null) {
            TrackedSession known = read.get(id);
            // After a change of session id the old id no longer names it; the store decides then.
            if (known != null && known.getId().equals(id)) {
                return known;
            }
        }
        Session found = SessionTransactions.singleRead(() -> store.findById(id));
        if (found == null) {
            return null;
        }
        TrackedSession session = new TrackedSession(found);
        if (read != null) {
            read.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, TrackedSession> read = READ_IN_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
        store.deleteById(id);
    }

    /** The sessions of one user, for ending them all (not remembered: these are not the request's own session). */
    @Override
    public Map<String, TrackedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, TrackedSession> sessions = new HashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> sessions.put(id, new TrackedSession(session)));
        return sessions;
    }

    /** A stored session that remembers whether anything worth writing changed. */
    final class TrackedSession implements Session {

        private final Session stored;
        private boolean changed;

        TrackedSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, @Nullable Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        /**
         * Moves the last-access time only when the stored one is at least the touch interval old — or a tenth of the
         * session's timeout, if that is shorter, so that a short timeout is still extended by use.
         */
        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Duration timeout = stored.getMaxInactiveInterval();
            Duration interval = timeout.isPositive() && timeout.dividedBy(10).compareTo(touchInterval) < 0
                    ? timeout.dividedBy(10)
                    : touchInterval;
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(interval) >= 0) {
                changed = true;
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
