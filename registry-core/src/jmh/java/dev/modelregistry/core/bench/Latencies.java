package dev.modelregistry.core.bench;

import java.util.List;

/**
 * The distribution of registration times, in milliseconds: the median, the 99th percentile and
 * the longest, each by the nearest-rank method (the smallest time that at least that share of
 * the registrations did not exceed).
 *
 * @param count how many registrations were timed
 * @param median the 50th percentile
 * @param p99 the 99th percentile
 * @param max the longest
 */
record Latencies(int count, double median, double p99, double max) {

    /** The distribution of {@code millis}, which holds at least one time. */
    static Latencies of(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return new Latencies(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double rank(List<Double> sorted, double share) {
        return sorted.get((int) Math.ceil(share * sorted.size()) - 1);
    }
}
