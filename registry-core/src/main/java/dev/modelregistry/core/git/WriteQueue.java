package dev.modelregistry.core.git;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

    /** What a queued write does next. */
    private enum Next {
        /** It landed or failed in a batch that another thread led. */
        ENDED,
        /** Its thread leads the batch it heads. */
        LEAD,
        /** It lands alone, outside the queue. */
        ALONE
    }

    /**
     * Returns once {@code write} has landed or failed, in a batch that {@code lands} landed on
     * this thread or on another one. {@code lands} records in every write of the batch what became
     * of it. A write of the thread that is landing a batch (one that an operation of the batch
     * makes) lands alone, and so does one still queued at its deadline, as a writer whose turn did
     * not come in time goes on without it: the compare-and-swap of the branch stays the guard.
     *
     * @throws RegistryInternalException when the thread is interrupted before the write was taken
     *     into a batch; nothing was written then. Once taken, the write lands or fails first.
     */
    void land(PendingWrite<?> write, Consumer<List<PendingWrite<?>>> lands) {
        Next next;
        List<PendingWrite<?>> batch = new ArrayList<>();
        synchronized (this) {
            next = leader == Thread.currentThread() ? Next.ALONE : await(write, batch);
        }
        switch (next) {
            case ENDED -> {
                // its outcome is recorded
            }
            case ALONE -> lead(List.of(write), lands);
            case LEAD -> {
                try {
                    lead(batch, lands);
                } finally {
                    synchronized (this) {
                        batch.stream().filter(other -> other != write).forEach(ended::add);
                        leader = null;
                        notifyAll();
                    }
                }
            }
        }
    }

    /**
     * Queues {@code write} and waits until it ended in another thread's batch, or until no batch
     * is under way: then this thread leads, with its own write first in {@code batch} and the
     * writes queued longest after it. Called holding the queue's lock.
     */
    private Next await(PendingWrite<?> write, List<PendingWrite<?>> batch) {
        waiting.add(write);
        boolean interrupted = false;
        try {
            while (!ended.contains(write) && leader != null) {
                long left = write.deadline() - System.nanoTime();
                if (left <= 0 && waiting.remove(write)) {
                    return Next.ALONE;
                }
                try {
                    if (left > 0) {
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    } else {
                        wait(); // taken into a batch under way: it lands or fails first
                    }
                } catch (InterruptedException e) {
                    if (waiting.remove(write)) {
                        throw interruptedBefore(write.operation(), e);
                    }
                    interrupted = true;
                }
            }
            if (ended.remove(write)) {
                return Next.ENDED;
            }
            waiting.remove(write);
            if (Thread.interrupted()) {
                throw interruptedBefore(write.operation(), null);
            }
            leader = Thread.currentThread();
            batch.add(write);
            while (batch.size() < MOST_PER_BATCH && !waiting.isEmpty()) {
                batch.add(waiting.poll());
            }
            return Next.LEAD;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The error of a write whose thread was interrupted while it waited to write, before anything
     * was written; the thread is marked interrupted again.
     */
    static RegistryInternalException interruptedBefore(String operation, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new RegistryInternalException("Interrupted while waiting to write " + operation
                + "; nothing was written.", e);
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
