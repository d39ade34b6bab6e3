package dev.modelregistry.core.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A bounded map of values computed lately, dropping the least recently used, safe to share
 * between threads. For facts that never change, such as what a blob holds: a value is computed
 * outside the lock, and a value that fails to compute is not kept. It holds at most a number of
 * values and a total weight, such as the bytes of the files they were read from.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class RecentValues<K, V> {

    private final LinkedHashMap<K, V> values = new LinkedHashMap<>(256, 0.75f, true);
    private final int capacity;
    private final long maxWeight;
    private final ToLongFunction<V> weight;
    private long keptWeight;

    /** An empty map that keeps at most {@code capacity} values weighing {@code maxWeight} in all. */
    RecentValues(int capacity, long maxWeight, ToLongFunction<V> weight) {
        this.capacity = capacity;
        this.maxWeight = maxWeight;
        this.weight = weight;
    }

    /** The value kept for {@code key}, if any; nothing is computed. */
    Optional<V> kept(K key) {
        synchronized (values) {
            return Optional.ofNullable(values.get(key));
        }
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
            V previous = values.put(key, computed);
            keptWeight += weight.applyAsLong(computed) - (previous == null ? 0 : weight.applyAsLong(previous));
            Iterator<V> eldest = values.values().iterator();
            while (values.size() > capacity || keptWeight > maxWeight) {
                keptWeight -= weight.applyAsLong(eldest.next());
                eldest.remove();
            }
        }
        return computed;
    }
}
