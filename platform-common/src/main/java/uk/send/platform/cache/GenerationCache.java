package uk.send.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Things computed recently, each kept with the generation (see {@link uk.send.platform.persistence.Generations}) it was computed at, and
 * answered only while the generation asked for is exactly that one: a change moves the generation, so a
 * stale entry is never served, only replaced. Compute after reading the generation, so that an entry is
 * never older than the generation it is stored under. Least recently used entries go first; at most
 * {@code maxEntries} are kept, so callers bound its memory by what one entry can hold.
 *
 * @param <K> what an entry is of (its LA among it)
 * @param <V> the computed value, e.g. a page's serialized bytes
 */
public final class GenerationCache<K, V> {

    private record Entry<V>(long generation, V value) {
    }

    private final Map<K, Entry<V>> entries;

    public GenerationCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(maxEntries * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The value stored for {@code key} at exactly {@code generation}, or null. */
    public synchronized V get(K key, long generation) {
        Entry<V> e = entries.get(key);
        return e != null && e.generation() == generation ? e.value() : null;
    }

    /** Stores a value computed at {@code generation}, unless one of a later generation is already there. */
    public synchronized void put(K key, long generation, V value) {
        Entry<V> e = entries.get(key);
        if (e == null || e.generation() <= generation) {
            entries.put(key, new Entry<>(generation, value));
        }
    }
}
