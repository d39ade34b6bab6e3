package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.RegistrationResult;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.remote.RegistryLocation;
import dev.modelregistry.core.remote.RemoteOptions;

/**
 * A separate JVM process that registers {@code count} patch versions of one model, for tests
 * that prove concurrent processes lose nothing. Arguments: registry path or remote URL, model
 * name, count, writer id, and for a remote the root of this process's cache clones. Each
 * registration is made by build {@code <writer id>} with the artifact {@code <writer id>-<i>}, so a
 * writer run again with the same id repeats the same CI registrations. It prints each version it
 * got as {@link RegistryInvariants#claimLine} and how long each registration took, from its
 * start to its landing, as {@code wait-ms <n>} in milliseconds to the microsecond, and after the
 * last one what the registrations spent of the processors ({@link CpuUse}). With the system property {@value #GATE} naming a
 * file, it first warms up: it reads the registry once and registers one version (or as many as
 * the system property {@value #WARMUPS} says, and with {@value #SETTLE} more until its JIT
 * compilers settle) of warm-up models of its own, 100 versions each or as many as
 * {@value #WARMUP_VERSIONS} says, into the registry that the system property {@value #WARMUP}
 * names (with {@value #WARMUP_ALONE}, into a registry of its own first; with
 * {@value #WARMUP_IN_PLACE}, into the registry it then registers into instead), so that its first
 * timed registration does not load the classes of the write path, nor run in the interpreter,
 * reporting them as timed ones are but after {@link #WARMING_UP}, prints {@link #READY} and
 * starts registering only once the gate file exists, so that writers that start one by one begin to
 * race together.
 */
public final class RegisterLoop {

    /** What the writer prints once the registry is open, before its first registration. */
    public static final String REGISTERING = "registering";
    /** The system property naming the file whose existence starts the registrations. */
    public static final String GATE = "registerloop.gate";
    /** The system property naming the registry (path or URL) that a gated writer warms up on. */
    public static final String WARMUP = "registerloop.warmup";
    /** The system property giving how many versions a gated writer registers to warm up; 1 when not set. */
    public static final String WARMUPS = "registerloop.warmups";
    /**
     * The system property that, set to {@code true}, makes a gated writer go on warming up after
     * its {@value #WARMUPS} until its JIT compilers settle: until a batch of {@value #SETTLE_BATCH}
     * registrations runs with at most {@value #SETTLED_MILLIS} ms of compiling, or
     * {@value #MAX_WARMUPS} registrations in all.
     */
    public static final String SETTLE = "registerloop.settle";
    /**
     * The system property that, set to {@code true}, makes a gated writer first warm up alone, in
     * the same way, on a registry of its own ({@value #WARMUP} with {@code -<writer id>} appended,
     * created if missing), so that it runs the write path of a process that writes for itself
     * before the shared warm-up registry, where all but one writer hand their registrations over.
     */
    public static final String WARMUP_ALONE = "registerloop.warmup.alone";
    /**
     * The system property that, set to {@code true}, makes a gated writer warm up, after its warm-up
     * alone, on the registry it then registers into and through the same instance, rather than on
     * the one {@value #WARMUP} names: where writers share that registry, the process that writes
     * for the others during the warm-up goes on doing so when timed, as one that has served the
     * registry for a while does, and the warm-up models stay in that registry.
     */
    public static final String WARMUP_IN_PLACE = "registerloop.warmup.inplace";
    /**
     * The system property giving how many threads of a writer that warms up alone register at
     * once, so that the writes they queue meanwhile land in batches, as those the host of a
     * shared registry takes from other processes land; 1 when not set.
     */
    public static final String WARMUP_THREADS = "registerloop.warmup.threads";
    /**
     * The system property giving how many versions a writer registers of each warm-up model before
     * it starts the next, so that its warm-up models grow as large as the model it registers into
     * when timed; 100 when not set.
     */
    public static final String WARMUP_VERSIONS = "registerloop.warmup.versions";
    /** The most warm-up registrations, however busy the JIT compilers stay. */
    private static final int MAX_WARMUPS = 1_000;
    /** After the minimum, warm-up goes on in batches of this many registrations ... */
    private static final int SETTLE_BATCH = 25;
    /** ... until a batch ran with at most this much compiling: the write path is compiled. */
    private static final long SETTLED_MILLIS = 20;
    /** What a gated writer prints once it has read the registry and waits for the gate. */
    public static final String READY = "ready";
    /** What starts the lines that report a warm-up registration, before what a timed one reports. */
    public static final String WARMING_UP = "warm-up ";
    /** What starts each line that gives one registration's time in milliseconds, to the microsecond. */
    public static final String WAIT = "wait-ms ";

    private RegisterLoop() {
    }

    /** Registers the versions and exits 0, or prints the error and exits 1. */
    public static void main(String[] args) {
        run(args, ModelRegistry::register);
    }

    /** Registers the versions of {@code args} through {@code registrar} and exits 0, or prints the error and exits 1. */
    public static void run(String[] args, BiFunction<ModelRegistry, RegisterRequest, RegistrationResult> registrar) {
        RegistryLocation location = RegistryLocation.parse(args[0]);
        ModelName name = ModelName.of(args[1]);
        int count = Integer.parseInt(args[2]);
        String writer = args[3];
        RegistryOptions options = RegistryOptions.DEFAULT.withActor(new Actor("writer " + writer, writer + "@example.com"));
        if (args.length > 4) {
            options = options.withRemote(RemoteOptions.DEFAULT.withCacheDirectory(Path.of(args[4])));
        }
        try (ModelRegistry registry = location instanceof RegistryLocation.Local local
                ? ModelRegistry.openOrInit(local.path(), options) : ModelRegistry.open(location, options)) {
            awaitGate(registry, options, writer, registrar);
            System.out.println(REGISTERING);
            CpuUse before = CpuUse.now();
            for (int i = 0; i < count; i++) {
                registerAndReport(registry, request(name, writer, writer + "-" + i), registrar, "");
            }
            System.out.println(CpuUse.now().since(before).line());
        } catch (RuntimeException | InterruptedException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /**
     * Registers warm-up versions of {@code models}' own warm-up models into {@code warmup}, on
     * {@code threads} threads at once: the {@value #WARMUPS} at least, then, with {@value #SETTLE},
     * until the JIT compilers settle.
     */
    private static void warmUp(ModelRegistry warmup, String models, int threads,
            BiFunction<ModelRegistry, RegisterRequest, RegistrationResult> registrar) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int done = Integer.getInteger(WARMUPS, 1);
            registerWarmUps(pool, threads, warmup, models, 0, done, registrar);
            while (Boolean.getBoolean(SETTLE) && done < MAX_WARMUPS) {
                long compiledBefore = CpuUse.now().compilingMs();
                registerWarmUps(pool, threads, warmup, models, done, done + SETTLE_BATCH, registrar);
                done += SETTLE_BATCH;
                if (CpuUse.now().compilingMs() - compiledBefore <= SETTLED_MILLIS) {
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Registers the warm-up versions {@code from} to {@code to} (exclusive) on {@code threads}
     * threads of {@code pool}, or on this thread when {@code threads} is 1, as the timed ones are.
     */
    private static void registerWarmUps(ExecutorService pool, int threads, ModelRegistry warmup, String models, int from,
            int to, BiFunction<ModelRegistry, RegisterRequest, RegistrationResult> registrar) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(from);
        Runnable registering = () -> {
            for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                registerAndReport(warmup, warmupRequest(models, i), registrar, WARMING_UP);
            }
        };
        if (threads == 1) {
            registering.run();
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(registering));
        }
        for (Future<?> thread : running) {
            try {
                thread.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("A warm-up registration failed", e.getCause());
            }
        }
    }

    /**
     * Registers {@code request} and prints its time and its {@link RegistryInvariants#claimLine},
     * each line after {@code prefix}. Warm-up registrations report through here as well, under a
     * prefix that the logs' readers skip, so that the first timed registration loads no class of
     * its own (formatting a number loads locale data and non-Latin-1 characters, which would
     * deoptimize much of the compiled write path in the timed part).
     */
    private static void registerAndReport(ModelRegistry registry, RegisterRequest request,
            BiFunction<ModelRegistry, RegisterRequest, RegistrationResult> registrar, String prefix) {
        long start = System.nanoTime();
        ModelCard card = registrar.apply(registry, request).card();
        System.out.println(prefix + WAIT + String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e6));
        System.out.println(prefix + RegistryInvariants.claimLine(card));
    }

    /** Every registration's time in milliseconds that the writers printed into {@code logs}, log by log, in order. */
    public static List<Double> waits(Collection<Path> logs) {
        List<Double> waits = new ArrayList<>();
        for (Path log : logs) {
            try {
                for (String line : Files.readAllLines(log)) {
                    if (line.startsWith(WAIT)) {
                        waits.add(Double.parseDouble(line.substring(WAIT.length())));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return waits;
    }

    private static RegisterRequest warmupRequest(String writer, int i) {
        return request(ModelName.of("warmup-" + writer + "-" + i / Integer.getInteger(WARMUP_VERSIONS, 100)), writer,
                "warmup-" + writer + "-" + i);
    }

    /** The registration of a patch version of {@code name} by build {@code writer}, with the artifact {@code content}. */
    private static RegisterRequest request(ModelName name, String writer, String content) {
        return RegisterRequest.builder(name, Samples.artifact(content)).bump(Bump.PATCH)
                .lineage(new Lineage(List.of(), List.of(), "", "", writer, "")).build();
    }

    /** With a gate file given, reads the registry, warms up the write path and waits until that file exists. */
    private static void awaitGate(ModelRegistry registry, RegistryOptions options, String writer,
            BiFunction<ModelRegistry, RegisterRequest, RegistrationResult> registrar) throws InterruptedException {
        String gate = System.getProperty(GATE);
        if (gate == null) {
            return;
        }
        registry.policy();
        String shared = System.getProperty(WARMUP);
        if (Boolean.getBoolean(WARMUP_ALONE)) {
            try (ModelRegistry alone = ModelRegistry.openOrInit(Path.of(shared + "-" + writer), options)) {
                warmUp(alone, writer + "-alone", Integer.getInteger(WARMUP_THREADS, 1), registrar);
            }
        }
        if (Boolean.getBoolean(WARMUP_IN_PLACE)) {
            warmUp(registry, writer, 1, registrar);
        } else {
            try (ModelRegistry warmup = ModelRegistry.open(RegistryLocation.parse(shared), options)) {
                warmUp(warmup, writer, 1, registrar);
            }
        }
        System.out.println(READY);
        while (!Files.exists(Path.of(gate))) {
            Thread.sleep(5);
        }
    }
}
