package dev.modelregistry.core.git;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.modelregistry.core.RegistryInternalException;

/**
 * The writes of one process to one local branch, landed in batches: the threads that write at
 * once queue here, one of them leads and lands every write queued so far in one turn, and the
 * others wait until it has. Each write is still one commit of its own, on top of the one before
 * it, and the branch moves once per batch, by compare-and-swap from the head that the first of
 * them was planned on. A write queued while a batch lands goes into the next batch. A writer
 * waiting to write lets the process that writes for other processes ({@link WriteServiceHost})
 * land what they hand over in one turn instead of one turn each.
 */
final class WriteQueue {

    /** The most writes of one batch. */
    static final int MOST_PER_BATCH = 32;

    private final Deque<PendingWrite<?>> waiting = new ArrayDeque<>();
    private final Set<PendingWrite<?>> ended = new HashSet<>();
    private Thread leader;

    /**
     * Returns once {@code write} has landed or failed, in a batch that {@code lands} landed on
     * this thread or on another one. {@code lands} records in every write of the batch what became
     * of it. A write of the thread that is landing a batch (one
     * that an operation of the batch makes) lands alone.
     *
     * @throws RegistryInternalException when the thread is interrupted before the write was taken
     *     into a batch; nothing was written then. Once taken, the write lands or fails first.
     */
    void land(PendingWrite<?> write, Consumer<List<PendingWrite<?>>> lands) {
        boolean nested;
        synchronized (this) {
            nested = leader == Thread.currentThread();
            if (!nested) {
                waiting.add(write);
            }
        }
        if (nested) {
            lead(List.of(write), lands);
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                List<PendingWrite<?>> batch = new ArrayList<>();
                synchronized (this) {
                    while (!ended.contains(write) && leader != null) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            if (waiting.remove(write)) {
                                throw new RegistryInternalException("Interrupted while waiting to write "
                                        + write.operation() + "; nothing was written.", e);
                            }
                            interrupted = true; // in a batch under way: it lands or fails first
                        }
                    }
                    if (ended.remove(write)) {
                        return;
                    }
                    leader = Thread.currentThread();
                    while (batch.size() < MOST_PER_BATCH && !waiting.isEmpty()) {
                        batch.add(waiting.poll());
                    }
                }
                try {
                    lead(batch, lands);
                } finally {
                    synchronized (this) {
                        ended.addAll(batch);
                        leader = null;
                        notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Lands {@code batch}. When {@code lands} throws, nothing of the batch landed (the branch
     * moves last), so every write of it fails with that error, and an {@link Error} goes on to
     * the leading thread.
     */
    private static void lead(List<PendingWrite<?>> batch, Consumer<List<PendingWrite<?>>> lands) {
        try {
            lands.accept(batch);
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException runtime ? runtime
                    : new RegistryInternalException("Cannot write: " + e + ". Nothing was written: the branch did"
                            + " not move; try again.", e);
            batch.forEach(write -> write.failed(failure));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }
}
