package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
        CountDownLatch done = new CountDownLatch(1);
        DeferredWrite<String> writes = new DeferredWrite<>("test writer", Duration.ofMillis(10), value -> {
            written.add(value);
            done.countDown();
        });
        writes.offer("a");
        assertTrue(done.await(30, TimeUnit.SECONDS), "written without a flush");
        assertEquals(List.of("a"), written);
    }
}
