package dev.modelregistry.core.git;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.jgit.lib.ObjectId;

/**
 * Orders the writers that race for one branch roughly first come, first served, so that none
 * starves. A writer that lost a race pauses for less the longer its write has waited: about as long
 * as the writers ahead of it take to land theirs, less what it has waited already, so the oldest
 * waiter reads the new head first and wins the next race. A writer that just landed while others
 * were writing lets about one attempt's time pass before its next write, so that the waiters go
 * first. Plain exponential backoff does the opposite: the fresh writer, with no pause, wins again
 * and again while the others' pauses grow.
 *
 * <p>Nothing here is configured: it measures how long one attempt takes (from reading the head to
 * the branch moving or the push being answered) and how many other writes land while one of its
 * writes is under way. One instance serves all the writes of one branch writer and is thread-safe.
 */
final class FairBackoff {

    /** How fast the measured figures follow new measurements. */
    private static final double SMOOTHING = 0.25;
    /** For how many attempts' times a sign of other writers counts as recent. */
    private static final int CONTENTION_MEMORY = 60;
    /** A write that starts within this many attempts' times of the writer's last landing follows it back to back. */
    private static final int BACK_TO_BACK = 2;
    /** No pause is longer than this many attempts' times. */
    private static final int LONGEST_PAUSE = 64;

    private final boolean othersUnseen;
    private double attemptNanos = -1;
    private double othersPerWrite;
    private long contendedUntil;
    private boolean contended;
    private ObjectId lastLanded;
    private long landedAt;

    /**
     * A fair backoff for one branch writer.
     *
     * @param othersUnseen true when other writers are seen only once they land, as on a remote: a
     *     writer that writes again right after it landed then yields as if others were waiting,
     *     since the writers that lost to it cannot show themselves before they win
     */
    FairBackoff(boolean othersUnseen) {
        this.othersUnseen = othersUnseen;
    }

    /** Records how long one attempt took, in nanoseconds. */
    synchronized void attemptTook(long nanos) {
        attemptNanos = attemptNanos < 0 ? nanos : attemptNanos + SMOOTHING * (nanos - attemptNanos);
    }

    /**
     * The pause before a new write: about one attempt's time while other writers were seen
     * recently, else none.
     */
    synchronized Duration beforeWrite(long now) {
        boolean recent = contended && now - contendedUntil <= 0;
        boolean backToBack = othersUnseen && lastLanded != null && now - landedAt < BACK_TO_BACK * attemptNanos;
        if (!(recent || backToBack) || attemptNanos < 0) {
            return Duration.ZERO;
        }
        return nanos(attemptNanos * ThreadLocalRandom.current().nextDouble(0.5, 1.0));
    }

    /**
     * Notes the head a write first read: a head other than the commit this writer landed last
     * means that others write to the branch too.
     */
    synchronized void firstRead(ObjectId head, long now) {
        if (lastLanded != null && !lastLanded.equals(head)) {
            sawOthers(now);
        }
    }

    /**
     * The pause after a lost race of a write that started at {@code started}: the time the writers
     * ahead of it take to land, less what it waited already, and a little jitter that shrinks
     * as the write grows older than that, so that among writers whose turn has come the oldest
     * tends to read the new head first.
     */
    synchronized Duration afterLostRace(long started, long now) {
        sawOthers(now);
        double unit = Math.max(attemptNanos, 0);
        double turn = (othersPerWrite + 1) * unit;
        double waited = now - started;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double queue = Math.max(0, turn - waited) * random.nextDouble(0.8, 1.0);
        double jitter = unit * random.nextDouble(0, 0.2) * (turn / Math.max(turn, waited));
        return nanos(Math.min(queue + jitter, LONGEST_PAUSE * unit));
    }

    /**
     * Records a landed write: its commit, how many other writes landed while it was under way, and
     * whether it lost any race.
     */
    synchronized void landed(ObjectId commit, int othersMeanwhile, boolean lostAny, long now) {
        othersPerWrite += SMOOTHING * (othersMeanwhile - othersPerWrite);
        lastLanded = commit.copy();
        landedAt = now;
        if (lostAny || othersMeanwhile > 0) {
            sawOthers(now);
        }
    }

    private void sawOthers(long now) {
        contended = true;
        contendedUntil = now + (long) (CONTENTION_MEMORY * Math.max(attemptNanos, 0));
    }

    private static Duration nanos(double value) {
        return Duration.ofNanos((long) value);
    }
}
