package dev.modelregistry.core.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded map of values computed lately, dropping the least recently used, safe to share
 * between threads. For facts that never change, such as what a blob holds: a value is computed
 * outside the lock, and a value that fails to compute is not kept.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class RecentValues<K, V> {

    private final Map<K, V> values;

    /** An empty map that keeps at most {@code capacity} values. */
    RecentValues(int capacity) {
        this.values = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code key}: the one kept, else what {@code compute} gives, which is then kept. */
    V get(K key, Supplier<V> compute) {
        synchronized (values) {
            V kept = values.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V computed = compute.get();
        synchronized (values) {
            values.put(key, computed);
        }
        return computed;
    }
}
