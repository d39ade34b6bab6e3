package dev.modelregistry.core.git;

import java.time.Duration;

/**
 * How long a write that cannot land at once keeps trying, how it waits while another process
 * holds the branch lock (exponential backoff with full jitter), and when a branch lock file
 * counts as left behind by a dead process. A write that lost the race to another writer instead
 * waits its turn by measured figures, oldest waiter first ({@code FairBackoff}).
 *
 * @param firstPause the upper bound of the first random pause while the branch is locked
 * @param maxPause the largest upper bound any such pause may have
 * @param maxTotalWait after this long in all, attempts and pauses, the write gives up
 * @param staleLockAge a ref lock file older than this is removed; a live JGit or Git process
 *     holds one for milliseconds
 */
public record RetryPolicy(Duration firstPause, Duration maxPause, Duration maxTotalWait, Duration staleLockAge) {

    /** The youngest age at which a lock may be judged stale; live locks never get this old. */
    public static final Duration MIN_STALE_LOCK_AGE = Duration.ofSeconds(1);

    /** The defaults: 5 ms first pause, at most 250 ms a pause, 2 minutes in all, 10 s locks. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(Duration.ofMillis(5), Duration.ofMillis(250), Duration.ofMinutes(2), Duration.ofSeconds(10));

    /** Checks that the pauses are positive and ordered and that live locks cannot count as stale. */
    public RetryPolicy {
        if (firstPause.isNegative() || firstPause.isZero()) {
            throw new IllegalArgumentException("firstPause must be positive: " + firstPause);
        }
        if (maxPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("maxPause " + maxPause + " is shorter than firstPause " + firstPause);
        }
        if (maxTotalWait.isNegative()) {
            throw new IllegalArgumentException("maxTotalWait cannot be negative: " + maxTotalWait);
        }
        if (staleLockAge.compareTo(MIN_STALE_LOCK_AGE) < 0) {
            throw new IllegalArgumentException("staleLockAge must be at least " + MIN_STALE_LOCK_AGE + ": "
                    + staleLockAge);
        }
    }

    /** The upper bound of the pause before attempt {@code attempt} (2 for the first retry). */
    Duration pauseBound(int attempt) {
        int doublings = Math.min(attempt - 2, 20);
        Duration bound = firstPause.multipliedBy(1L << doublings);
        return bound.compareTo(maxPause) > 0 ? maxPause : bound;
    }
}
