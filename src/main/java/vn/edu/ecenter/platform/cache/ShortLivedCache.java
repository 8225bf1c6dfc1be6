package vn.edu.ecenter.platform.cache;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read models that pages show on every request (a centre's name, the current school year), kept in this node's memory
 * for a short time. Nodes do not tell each other about changes: a change made on another node shows here after at
 * most the time to live; a change made on this node shows at once if its code calls {@link #forget}. So use it only
 * for what a page displays, never for what a write decides on, and look values up outside transactions (a value read
 * inside one might never be committed — {@link #get} does not cache then).
 *
 * <p>Values must not be null: cache an {@link java.util.Optional} for "none".
 */
public final class ShortLivedCache<K, V> {

    /** More keys than this (there is one per centre) means a misuse; the cache then starts again empty. */
    private static final int MAX_ENTRIES = 10_000;

    private final long timeToLiveNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    private record Entry<V>(V value, long expiresAt) {}

    ShortLivedCache(Duration timeToLive, LongSupplier nanoTime) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
    }

    public static <K, V> ShortLivedCache<K, V> keptFor(Duration timeToLive) {
        return new ShortLivedCache<>(timeToLive, System::nanoTime);
    }

    /**
     * The value for the key: the remembered one if it is younger than the time to live, else a freshly loaded one.
     * Inside a transaction it always loads, and remembers nothing.
     */
    public V get(K key, Function<? super K, ? extends V> load) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return load.apply(key);
        }
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.value();
        }
        V value = load.apply(key);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now + timeToLiveNanos));
        return value;
    }

    /**
     * Forgets the key's value now and, when called inside a transaction, again once it has ended — so that nobody keeps
     * the value read between this call and the commit.
     */
    public void forget(K key) {
        entries.remove(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.remove(key);
                }
            });
        }
    }
}
