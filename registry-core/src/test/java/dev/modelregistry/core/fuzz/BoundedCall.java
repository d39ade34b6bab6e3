package dev.modelregistry.core.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.modelregistry.core.RegistryUsageException;

/**
 * The contract every parser is fuzzed against: a call returns, or throws one of the exception
 * types its javadoc promises, within {@link #LIMIT} of CPU time. Anything else (another
 * exception, an {@link Error} such as {@link OutOfMemoryError} or {@link StackOverflowError}, more
 * CPU time, or no answer within {@link #HANG} at all, which catches a thread that waits forever)
 * fails with the input in the message. The bound is on the parsing thread's CPU time rather than
 * on the clock, so that a busy machine (CI, two cores shared by several builds) does not fail a
 * parse that is fast. The call runs on a reused watchdog thread, so the bound costs no thread per
 * try.
 */
final class BoundedCall {

    /** The bound on one parse: no hang over one second. */
    static final Duration LIMIT = Duration.ofSeconds(1);

    /** How long to wait for an answer at all before calling the call hung. */
    static final Duration HANG = Duration.ofSeconds(10);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static ExecutorService worker = newWorker();

    private BoundedCall() {
    }

    /**
     * Runs {@code call} and returns its result, or empty when it threw {@code allowed} (or a
     * subclass of it).
     *
     * @throws AssertionError naming {@code input} when the call broke the contract
     */
    static <T> Optional<T> returnsOrRefuses(Class<? extends RegistryUsageException> allowed, Object input,
            Callable<T> call) {
        Future<Timed<T>> future = worker.submit(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                return new Timed<>(call.call(), null, THREADS.getCurrentThreadCpuTime() - start);
            } catch (RegistryUsageException refused) {
                return new Timed<>(null, refused, THREADS.getCurrentThreadCpuTime() - start);
            }
        });
        try {
            Timed<T> timed = future.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
            if (timed.cpuNanos() > LIMIT.toNanos()) {
                throw new AssertionError("Took " + timed.cpuNanos() / 1_000_000 + " ms of CPU time, more than "
                        + LIMIT + ", for " + describe(input));
            }
            if (timed.refused() != null && !allowed.isInstance(timed.refused())) {
                throw new AssertionError("Threw " + timed.refused() + " (only " + allowed.getSimpleName()
                        + " may escape) for " + describe(input), timed.refused());
            }
            return Optional.ofNullable(timed.result());
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("No answer within " + HANG + " for " + describe(input));
        } catch (ExecutionException e) {
            throw new AssertionError("Threw " + e.getCause() + " (only " + allowed.getSimpleName() + " may escape) for "
                    + describe(input), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while parsing " + describe(input), e);
        }
    }

    /** What a call returned or the usage error it threw, and the CPU time it took. */
    private record Timed<T>(T result, RegistryUsageException refused, long cpuNanos) {
    }

    private static String describe(Object input) {
        String text = input instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : String.valueOf(input);
        String shown = text.length() > 2_000 ? text.substring(0, 2_000) + "... (" + text.length() + " chars)" : text;
        return "input <" + shown.replace("\r", "\\r") + ">";
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }
}
