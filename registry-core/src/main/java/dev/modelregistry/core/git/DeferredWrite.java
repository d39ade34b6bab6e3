package dev.modelregistry.core.git;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Writes the latest of the values offered to it on a thread of its own, a while after it was
 * offered, so that a read which brought a derived index up to a new commit does not wait while
 * the whole index file is written again (9 MB for 10,000 cards), and a process that reads after
 * every write writes the file once per {@code delay}, not once per read. A value offered before
 * the write starts replaces the one waiting. {@link #flush} writes what waits at once and returns
 * when it is written. The thread is a daemon: a process that exits without flushing loses what
 * waits, which only makes its successor bring the index up to date itself. Safe to share between
 * threads.
 *
 * @param <T> what is written: an immutable value
 */
public final class DeferredWrite<T> {

    private final String name;
    private final long delayNanos;
    private final Consumer<T> write;
    private T waiting;
    private boolean writing;
    private int flushing;

    /**
     * Writes through {@code write}, {@code delay} after a value was offered, on a thread called {@code name}.
     *
     * @param name the name of the writing thread, such as {@code model-registry card index writer}
     * @param delay how long a value waits for a newer one before it is written
     * @param write what writes a value; it must not throw
     */
    public DeferredWrite(String name, Duration delay, Consumer<T> write) {
        this.name = name;
        this.delayNanos = delay.toNanos();
        this.write = write;
    }

    /** Writes {@code value} after the delay, on the writing thread, unless a newer value is offered first. */
    public synchronized void offer(T value) {
        waiting = value;
        if (!writing) {
            writing = true;
            Thread writer = new Thread(this::writeWaiting, name);
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void writeWaiting() {
        for (T next = take(); next != null; next = take()) {
            write.accept(next);
        }
    }

    /**
     * The value to write once the delay has passed or a flush asks for it, or null once there is
     * none and the thread ends.
     */
    private synchronized T take() {
        long until = System.nanoTime() + delayNanos;
        for (long left = delayNanos; waiting != null && flushing == 0 && left > 0; left = until - System.nanoTime()) {
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                break;
            }
        }
        T next = waiting;
        waiting = null;
        if (next == null) {
            writing = false;
            notifyAll();
        }
        return next;
    }

    /**
     * Writes the value that waits without waiting for the delay, and returns once every value
     * offered before has been written or replaced by a newer one that has. Returns early, with the
     * thread's interrupt flag set, when interrupted.
     */
    public synchronized void flush() {
        flushing++;
        notifyAll();
        try {
            while (writing) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            flushing--;
        }
    }
}
