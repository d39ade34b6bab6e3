package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.TurnHolder;
import dev.modelregistry.core.testing.WriterProcesses;

/** Waiting for a writer turn that another process holds: bounded by the deadline, and interruptible. */
class WriterTurnsTest {

    @TempDir
    Path dir;
    private Process holder;

    private WriterTurns heldElsewhere() throws InterruptedException {
        Path gitDir = dir.resolve("registry.git");
        holder = new WriterProcesses().startAndAwait(TurnHolder.class, TurnHolder.HELD, dir.resolve("holder.log"),
                gitDir.toString());
        return new WriterTurns(gitDir);
    }

    @AfterEach
    void stopHolder() {
        if (holder != null) {
            holder.destroyForcibly();
        }
    }

    @Test
    void aWriterWhoseDeadlinePassesGoesOnWithoutTheTurnAndIsNotLeftInterrupted() throws Exception {
        WriterTurns turns = heldElsewhere();
        long started = System.nanoTime();
        try (WriterTurns.Turn turn = turns.take(started + TimeUnit.MILLISECONDS.toNanos(300))) {
            long waited = System.nanoTime() - started;
            assertTrue(waited >= TimeUnit.MILLISECONDS.toNanos(300), "waited " + waited + " ns");
            assertFalse(Thread.currentThread().isInterrupted(), "the deadline's interrupt is cleared");
        }
        assertFalse(Thread.interrupted());
    }

    @Test
    void turnsFollowOneAnotherAndACounterOutOfRangeStartsAgain() throws Exception {
        Path gitDir = dir.resolve("registry.git");
        WriterTurns turns = new WriterTurns(gitDir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int i = 0; i < 3; i++) {
            turns.take(deadline).close();
        }
        Path file = gitDir.resolve("model-registry/writer-turns");
        assertEquals(3, java.nio.ByteBuffer.wrap(Files.readAllBytes(file), 0, Long.BYTES).getLong());
        byte[] garbage = new byte[Long.BYTES];
        java.util.Arrays.fill(garbage, (byte) 0xff);
        garbage[0] = 0x7f;
        Files.write(file, garbage);
        turns.take(deadline).close();
        assertEquals(1, java.nio.ByteBuffer.wrap(Files.readAllBytes(file), 0, Long.BYTES).getLong());
        garbage[0] = (byte) 0x80;
        Files.write(file, garbage);
        turns.take(deadline).close();
        assertEquals(1, java.nio.ByteBuffer.wrap(Files.readAllBytes(file), 0, Long.BYTES).getLong());
    }

    @Test
    void anInterruptWhileWaitingIsAnInterruptNotATurn() throws Exception {
        WriterTurns turns = heldElsewhere();
        AtomicReference<Thread> waiter = new AtomicReference<>();
        CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
            waiter.set(Thread.currentThread());
            try (WriterTurns.Turn turn = turns.take(System.nanoTime() + TimeUnit.MINUTES.toNanos(1))) {
                return "a turn";
            } catch (InterruptedException e) {
                return e;
            }
        });
        while (waiter.get() == null) {
            Thread.onSpinWait();
        }
        // Most likely blocked in the OS lock by now; an interrupt that comes earlier must end the wait just the same.
        Thread.sleep(300);
        waiter.get().interrupt();
        assertInstanceOf(InterruptedException.class, outcome.get(30, TimeUnit.SECONDS));
    }
}
