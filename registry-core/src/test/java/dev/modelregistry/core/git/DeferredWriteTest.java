package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class DeferredWriteTest {

    private final List<String> written = new CopyOnWriteArrayList<>();
    private final List<String> writers = new CopyOnWriteArrayList<>();

    private DeferredWrite<String> deferred(Duration delay) {
        return new DeferredWrite<>("test writer", delay, value -> {
            writers.add(Thread.currentThread().getName());
            written.add(value);
        });
    }

    @Test
    void valuesOfferedWithinTheDelayAreWrittenOnceAsTheNewestOnFlush() {
        DeferredWrite<String> writes = deferred(Duration.ofHours(1));
        writes.offer("a");
        writes.offer("b");
        writes.offer("c");
        assertEquals(List.of(), written, "nothing is written before the delay or a flush");
        writes.flush();
        assertEquals(List.of("c"), written);
        assertEquals(List.of("test writer"), writers, "written on the writing thread, not the caller's");
        assertNotEquals("test writer", Thread.currentThread().getName());
    }

    @Test
    void aValueOfferedAfterAFlushIsWrittenByTheNextOne() {
        DeferredWrite<String> writes = deferred(Duration.ofHours(1));
        writes.flush();
        assertEquals(List.of(), written, "a flush with nothing offered writes nothing");
        writes.offer("a");
        writes.flush();
        writes.offer("b");
        writes.flush();
        assertEquals(List.of("a", "b"), written);
    }

    @Test
    void aValueIsWrittenOnceTheDelayHasPassedWithoutAFlush() throws InterruptedException {
        DeferredWrite<String> writes = deferred(Duration.ofMillis(10));
        writes.offer("a");
        for (int i = 0; i < 500 && written.isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertEquals(List.of("a"), written);
    }
}
