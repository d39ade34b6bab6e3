package dev.modelregistry.core.artifact;

import java.time.Clock;

import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryListener;

/**
 * Reports a transfer's progress as {@link RegistryEvent.Progress} events, throttled: an event when
 * another 5% is done or 2 seconds have passed since the last one, and one at the end.
 */
final class ProgressReporter {

    private static final long INTERVAL_MILLIS = 2_000;
    private static final int STEPS = 20;

    private final String task;
    private final long total;
    private final RegistryListener listener;
    private final Clock clock;
    private final long step;
    private long done;
    private long reported;
    private long reportedAt;

    /** A reporter for {@code task}, which moves {@code total} bytes. */
    ProgressReporter(String task, long total, RegistryListener listener, Clock clock) {
        this.task = task;
        this.total = total;
        this.listener = listener;
        this.clock = clock;
        this.step = Math.max(1, total / STEPS);
        this.reportedAt = clock.millis();
    }

    /** A reporter that reports nothing, for reads nobody watches. */
    static ProgressReporter silent() {
        return new ProgressReporter("", 0, RegistryListener.NONE, Clock.systemUTC());
    }

    /** Counts {@code bytes} more, reporting when a step or the interval has passed. */
    void advance(long bytes) {
        done += bytes;
        long now = clock.millis();
        if (done - reported >= step || now - reportedAt >= INTERVAL_MILLIS) {
            report(now);
        }
    }

    /** Reports the final count unless it was just reported. */
    void finish() {
        if (reported != done || done == 0) {
            report(clock.millis());
        }
    }

    private void report(long now) {
        reported = done;
        reportedAt = now;
        listener.onEvent(new RegistryEvent.Progress(task, done, total));
    }
}
