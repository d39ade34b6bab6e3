package dev.modelregistry.core.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Puts the loose objects of a registry's local writes in place on a thread of its own, one object
 * after another in the order they came: while it deflates, writes and links an object, the
 * writer goes on planning and hashing (in a batch, the next write), and it waits for all of an
 * attempt's objects ({@link Attempt#awaitAll}) before it moves the branch. The thread ends after
 * {@value #IDLE_SECONDS} seconds without work, and starts again with the next object; it is never
 * shut down, so that no object of a write still under way is stored anywhere but on it.
 */
final class ObjectStorer {

    private static final long IDLE_SECONDS = 10;

    /** Putting one object in place. */
    @FunctionalInterface
    interface Store {
        /** Writes the object's file and links it into place, unless it is there already. */
        void run() throws IOException;
    }

    private final ThreadPoolExecutor thread;

    /** A storer whose thread is named {@code name}. */
    ObjectStorer(String name) {
        thread = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> Background.daemon(task, name));
        thread.allowCoreThreadTimeOut(true);
    }

    /** The objects of one attempt at a batch of writes, on their way into place. */
    Attempt attempt() {
        return new Attempt();
    }

    /** The objects one attempt handed over, to wait for before the branch moves. */
    final class Attempt {
        private final List<Future<Void>> stores = new ArrayList<>();

        private Attempt() {
        }

        /** Hands {@code store} to the storer's thread. */
        void hand(Store store) {
            FutureTask<Void> task = new FutureTask<>(() -> {
                store.run();
                return null;
            });
            thread.execute(task);
            stores.add(task);
        }

        /**
         * Waits until every object handed over is in place, or has failed: then it throws the
         * first failure, with the later ones suppressed. An interrupt does not cut the wait short
         * (the objects still go into place, into files the writer gives back after), and is
         * kept for the caller to see.
         */
        void awaitAll() throws IOException {
            List<Throwable> failures = new ArrayList<>();
            boolean interrupted = false;
            for (Future<Void> store : stores) {
                while (true) {
                    try {
                        store.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        failures.add(e.getCause());
                        break;
                    }
                }
            }
            stores.clear();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (!failures.isEmpty()) {
                throw firstWithTheOthers(failures);
            }
        }

        /** {@link #awaitAll}, for an attempt that already failed: a failure of its objects changes nothing. */
        void awaitQuietly() {
            try {
                awaitAll();
            } catch (IOException e) {
                // the attempt failed with its own cause, and the branch does not move
            }
        }

        /** The first failure as it is thrown, with the others suppressed in it. */
        private static IOException firstWithTheOthers(List<Throwable> failures) {
            Throwable first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            if (first instanceof Error error) {
                throw error;
            }
            return first instanceof IOException io ? io
                    : new IOException("Cannot put an object in place: " + first, first);
        }
    }
}
