package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.RegistryEvent;

class TransferProgressTest {

    private final AtomicLong nanos = new AtomicLong();
    private final TransferProgress progress = new TransferProgress(nanos::get);

    private static RegistryEvent.Progress event(String task, long done, long total) {
        return new RegistryEvent.Progress(task, done, total);
    }

    @Test
    void aShortTransferPrintsNothing() {
        assertNull(progress.lineFor(event("fetch iris@1.0.0", 0, 100)));
        nanos.addAndGet(1_000_000_000L);
        assertNull(progress.lineFor(event("fetch iris@1.0.0", 100, 100)));
    }

    @Test
    void aLongTransferShowsPercentAndMebibytesAfterTheQuietPeriod() {
        long total = 200L * 1024 * 1024;
        assertNull(progress.lineFor(event("fetch big@1.0.0", 10L * 1024 * 1024, total)));
        nanos.addAndGet(TransferProgress.QUIET_PERIOD.toNanos());
        assertEquals("fetch big@1.0.0: 50% (100.0 of 200.0 MiB)",
                progress.lineFor(event("fetch big@1.0.0", total / 2, total)));
        assertEquals("fetch big@1.0.0: 100% (200.0 of 200.0 MiB)", progress.lineFor(event("fetch big@1.0.0", total, total)));
        assertNull(progress.lineFor(event("fetch big@1.0.0", 0, total)), "a finished task starts over");
    }
}
