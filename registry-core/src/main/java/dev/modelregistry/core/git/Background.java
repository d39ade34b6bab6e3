package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.channels.Channel;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What the writers' waits share: daemon threads, one timer that ends waits at their deadlines
 * (a wait that ends first cancels its task, which leaves the queue), work on a channel that the
 * timer ends by closing it, and closing a channel when nothing is left to do about a failure to
 * close it.
 */
final class Background {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private Background() {
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
                task -> daemon(task, "model-registry deadlines"));
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** A daemon thread named {@code name} that runs {@code task}, not started. */
    static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Runs {@code task} at {@code deadline} ({@link System#nanoTime()}) unless cancelled first. */
    static ScheduledFuture<?> at(long deadline, Runnable task) {
        return TIMER.schedule(task, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Work on a channel that may block. */
    @FunctionalInterface
    interface ChannelWork<T> {
        /** Does the work. */
        T run() throws IOException;
    }

    /**
     * Runs {@code work}, closing {@code channel} if it still runs at {@code deadline}
     * ({@link System#nanoTime()}), which ends a read or write blocked on it.
     */
    static <T> T closingAt(long deadline, Channel channel, ChannelWork<T> work) throws IOException {
        ScheduledFuture<?> timeout = at(deadline, () -> closeQuietly(channel));
        try {
            return work.run();
        } finally {
            timeout.cancel(false);
        }
    }

    /** Closes {@code channel}, if any, ignoring a failure: closing releases what it held either way. */
    static void closeQuietly(Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the OS releases what it held
        }
    }
}
