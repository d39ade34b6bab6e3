package dev.modelregistry.core.fuzz;

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
 * types its javadoc promises, within {@link #LIMIT}. Anything else (another exception, an
 * {@link Error} such as {@link OutOfMemoryError} or {@link StackOverflowError}, a hang) fails with
 * the input in the message. The call runs on a reused watchdog thread, so the bound costs no
 * thread per try.
 */
final class BoundedCall {

    /** The bound on one parse: no hang over one second. */
    static final Duration LIMIT = Duration.ofSeconds(1);

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
        Future<T> future = worker.submit(call);
        try {
            return Optional.of(future.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("No answer within " + LIMIT + " for " + describe(input));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (allowed.isInstance(cause)) {
                return Optional.empty();
            }
            throw new AssertionError("Threw " + cause + " (only " + allowed.getSimpleName() + " may escape) for "
                    + describe(input), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while parsing " + describe(input), e);
        }
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
