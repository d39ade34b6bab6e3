package dev.modelregistry.maven;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import dev.modelregistry.core.RegistryEvent;

/**
 * Turns the registry's progress events into log lines for long transfers only: a task's progress
 * is shown once it has run longer than a few seconds, as a percentage and MiB. Short transfers,
 * which is most of them, print nothing.
 */
final class TransferProgress {

    /** How long a task runs before its progress is shown. */
    static final Duration QUIET_PERIOD = Duration.ofSeconds(3);

    private static final double MIB = 1024.0 * 1024.0;

    private final Map<String, Long> startedAt = new HashMap<>();
    private final LongSupplier nanoClock;

    TransferProgress(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** The line to log for {@code progress}, or null while the task is still in its quiet period. */
    synchronized String lineFor(RegistryEvent.Progress progress) {
        long now = nanoClock.getAsLong();
        long start = startedAt.computeIfAbsent(progress.task(), task -> now);
        boolean finished = progress.total() > 0 && progress.done() >= progress.total();
        if (finished) {
            startedAt.remove(progress.task());
        }
        if (now - start < QUIET_PERIOD.toNanos()) {
            return null;
        }
        if (progress.total() <= 0) {
            return String.format(Locale.ROOT, "%s: %.1f MiB", progress.task(), progress.done() / MIB);
        }
        return String.format(Locale.ROOT, "%s: %d%% (%.1f of %.1f MiB)", progress.task(),
                progress.done() * 100 / progress.total(), progress.done() / MIB, progress.total() / MIB);
    }
}
