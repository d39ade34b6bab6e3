package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.FileLockInterruptionException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets the writers of one registry on this machine take turns, so that they do not race: a writer
 * holds its turn from reading the branch head to moving the branch, and the others wait for it
 * instead of planning on a head that is about to change and running their whole write again.
 * Threads of one process queue first come, first served on a fair lock; processes queue first
 * come, first served on OS locks of the file {@code <git dir>/model-registry/writer-turns}, which
 * the OS releases when a process dies. A process takes the next ticket from the counter at the
 * start of the file (under a lock of the counter's bytes), locks its ticket's byte, waits for
 * the byte of the ticket before it and then takes the lock of the turn itself: when a writer ends
 * its turn, the OS wakes only the writer after it. A turn is only an optimization: the
 * compare-and-swap of the branch stays the guard, against writers that take no turn (Git itself,
 * another tool) as much as against a turn that could not be had. A writer that cannot get the
 * file lock in time, or cannot open the file (a read-only registry), goes on without it; so does
 * a write that a write on the same thread is already holding a turn for.
 */
final class WriterTurns {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final String FILE = "model-registry/writer-turns";
    /** Where the ticket counter is in the file: its first 8 bytes. */
    private static final long COUNTER = 0;
    /** The byte whose lock is the turn itself. */
    private static final long TURN = Long.BYTES;
    /** The byte of ticket {@code n} is at {@code TICKETS + n}, past the end of the file. */
    private static final long TICKETS = 1L << 32;
    /** The counter starts again from 0 past this, or when the file holds something else. */
    private static final long MAX_TICKET = 1L << 48;

    private final Path file;
    private final ReentrantLock inProcess;

    /** The turns of the registry whose Git directory is {@code gitDir}. */
    WriterTurns(Path gitDir) {
        this.file = realPath(gitDir).resolve(FILE);
        this.inProcess = IN_PROCESS.computeIfAbsent(file, key -> new ReentrantLock(true));
    }

    /** The directory with links resolved, so that every spelling of one registry shares one lock. */
    static Path realPath(Path gitDir) {
        try {
            return gitDir.toRealPath();
        } catch (IOException e) {
            return gitDir.toAbsolutePath().normalize();
        }
    }

    /** One writer's turn; closing it lets the next writer go. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for this writer's turn, at most until {@code deadline} ({@link System#nanoTime()});
     * past it, or when the lock file cannot be used, the turn holds only the in-process lock.
     *
     * @throws InterruptedException when the thread is interrupted while it waits
     */
    Turn take(long deadline) throws InterruptedException {
        if (!inProcess.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return () -> { };
        }
        if (inProcess.getHoldCount() > 1) {
            return inProcess::unlock;
        }
        FileChannel channel = null;
        try {
            if (!Files.isDirectory(file.getParent())) {
                Files.createDirectories(file.getParent()); // which throws and catches when the directory exists
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = queue(channel, deadline);
            FileChannel held = channel;
            return () -> release(held, lock);
        } catch (IOException | OverlappingFileLockException | IllegalArgumentException e) {
            Background.closeQuietly(channel);
            return inProcess::unlock;
        } catch (InterruptedException | RuntimeException e) {
            Background.closeQuietly(channel);
            inProcess.unlock();
            throw e;
        }
    }

    /**
     * The turn's lock, taken once the writer before this one in the queue has ended its turn or
     * left the queue, waited for until {@code deadline}; null when the turn could not be had by
     * then. This writer's ticket stays locked until the channel closes. A timer interrupts the
     * wait at the deadline, which closes the channel and so gives up the ticket too. The turn's
     * own lock keeps turns apart when a writer left the queue early: its successor then waits for
     * the turn instead of the ticket.
     */
    private static FileLock queue(FileChannel channel, long deadline) throws IOException, InterruptedException {
        WaitTimer timer = new WaitTimer(Thread.currentThread());
        timer.start(deadline);
        try {
            long ticket;
            try (FileLock counter = channel.lock(COUNTER, Long.BYTES, false)) {
                ticket = readCounter(channel) + 1;
                channel.lock(TICKETS + ticket, 1, false);
                writeCounter(channel, ticket);
            }
            channel.lock(TICKETS + ticket - 1, 1, false).release();
            return channel.lock(TURN, 1, false);
        } catch (FileLockInterruptionException | ClosedByInterruptException e) {
            if (timer.stop()) {
                return null;
            }
            throw new InterruptedException("interrupted while waiting for the registry's writer turn");
        } finally {
            timer.stop();
        }
    }

    /** The last ticket taken: the counter at the start of the file; 0 in a new file or when it is out of range. */
    private static long readCounter(FileChannel channel) throws IOException {
        ByteBuffer counter = ByteBuffer.allocate(Long.BYTES);
        while (counter.hasRemaining() && channel.read(counter, COUNTER + counter.position()) > 0) {
            // read until the counter is whole or the file ends
        }
        long last = counter.hasRemaining() ? 0 : counter.flip().getLong();
        return last < 0 || last > MAX_TICKET ? 0 : last;
    }

    private static void writeCounter(FileChannel channel, long ticket) throws IOException {
        ByteBuffer counter = ByteBuffer.allocate(Long.BYTES).putLong(ticket).flip();
        while (counter.hasRemaining()) {
            channel.write(counter, COUNTER + counter.position());
        }
    }

    /** Interrupts one wait at its deadline, and never after the wait ended. */
    private static final class WaitTimer {
        private final Thread waiter;
        private ScheduledFuture<?> task;
        private boolean ended;
        private boolean fired;

        WaitTimer(Thread waiter) {
            this.waiter = waiter;
        }

        synchronized void start(long deadline) {
            task = Background.at(deadline, this::fire);
        }

        private synchronized void fire() {
            if (!ended) {
                fired = true;
                waiter.interrupt();
            }
        }

        /** Ends the wait; true when the deadline interrupted it, whose interrupt is then cleared. */
        synchronized boolean stop() {
            if (!ended) {
                ended = true;
                task.cancel(false);
                if (fired) {
                    Thread.interrupted();
                }
            }
            return fired;
        }
    }

    private void release(FileChannel channel, FileLock lock) {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // Closing the channel below releases it too.
        } finally {
            Background.closeQuietly(channel);
            inProcess.unlock();
        }
    }
}
