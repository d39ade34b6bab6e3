package dev.modelregistry.core.bench;

import java.util.Locale;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.modelregistry.core.testing.CpuUse;

/**
 * The figures of issue 7, target 5, from one round of {@link WriterContentionBenchmark}: one writer
 * against eight. JMH reports each public field as a secondary result of the benchmark (with the
 * unit {@code #}): times in milliseconds, throughputs in registrations per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ContentionFigures {

    /** The eight writers' aggregate throughput must be at least this many times the single writer's. */
    static final double MIN_THROUGHPUT_RATIO = 1;
    /** The eight writers' p99 registration time may be at most this many times the single writer's median. */
    static final double MAX_P99_TO_MEDIAN = 20;

    /** The single writer's median registration time. */
    public double oneMedianMs;
    /** The single writer's registrations per second. */
    public double onePerSecond;
    /** The eight writers' registrations per second, all together. */
    public double eightPerSecond;
    /** The eight writers' median registration time. */
    public double eightP50Ms;
    /** The eight writers' 99th percentile registration time. */
    public double eightP99Ms;
    /** The eight writers' longest registration time. */
    public double eightMaxMs;
    /** How many of the eight writers' attempts lost the race for the branch and ran again. */
    public double eightLostRaces;
    /** The CPU time of the single writer's process during its registrations. */
    public double oneCpuMs;
    /** The time the single writer's JIT compilers spent compiling during its registrations. */
    public double oneCompilingMs;
    /** The CPU time of the single writer's registering thread. */
    public double oneRegisteringCpuMs;
    /** The CPU time of the eight writers' processes during their registrations, all together. */
    public double eightCpuMs;
    /** The time the eight writers' JIT compilers spent compiling during their registrations, all together. */
    public double eightCompilingMs;
    /** The CPU time of the eight writers' registering threads, all together. */
    public double eightRegisteringCpuMs;
    /** The eight writers' aggregate throughput over the single writer's; target at least 1. */
    public double throughputRatio;
    /** The eight writers' p99 over the single writer's median; target at most 20. */
    public double p99ToOneMedian;

    private RoundResult one;
    private RoundResult eight;

    /** Takes the figures of the single writer's round {@code one} and the eight writers' round {@code eight}. */
    void record(RoundResult one, RoundResult eight) {
        this.one = one;
        this.eight = eight;
        oneMedianMs = one.latencies().median();
        onePerSecond = one.perSecond();
        eightPerSecond = eight.perSecond();
        eightP50Ms = eight.latencies().median();
        eightP99Ms = eight.latencies().p99();
        eightMaxMs = eight.latencies().max();
        eightLostRaces = eight.lostRaces();
        oneCpuMs = one.cpu().processMs();
        oneCompilingMs = one.cpu().compilingMs();
        oneRegisteringCpuMs = one.cpu().registeringMs();
        eightCpuMs = eight.cpu().processMs();
        eightCompilingMs = eight.cpu().compilingMs();
        eightRegisteringCpuMs = eight.cpu().registeringMs();
        throughputRatio = eightPerSecond / onePerSecond;
        p99ToOneMedian = eightP99Ms / oneMedianMs;
    }

    /** The recorded figures as lines to read, each ratio with its target and whether it was met. */
    String report() {
        return String.format(Locale.ROOT, """
                one writer:    %s
                eight writers: %s
                aggregate / one-writer throughput: %.2f (target at least %.0f: %s)
                eight-writer p99 / one-writer median: %.1f (target at most %.0f: %s)
                no lost update: every version a writer was told it got is there once, contiguous, one commit each, \
                fsck clean
                """, line(one), line(eight),
                throughputRatio, MIN_THROUGHPUT_RATIO, met(throughputRatio >= MIN_THROUGHPUT_RATIO),
                p99ToOneMedian, MAX_P99_TO_MEDIAN, met(p99ToOneMedian <= MAX_P99_TO_MEDIAN));
    }

    private static String line(RoundResult round) {
        Latencies latencies = round.latencies();
        CpuUse cpu = round.cpu();
        return String.format(Locale.ROOT, "%d registrations in %.1f s = %.1f/s; p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                + "%d lost races; CPU %d ms, of it the registering threads %d ms; JIT compiling %d ms",
                round.registrations(), round.nanos() / 1e9, round.perSecond(), latencies.median(), latencies.p99(),
                latencies.max(), round.lostRaces(), cpu.processMs(), cpu.registeringMs(), cpu.compilingMs());
    }

    private static String met(boolean met) {
        return met ? "met" : "MISSED";
    }
}
