package dev.modelregistry.core.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.ArtifactReport;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.Actor;

/**
 * How fast {@link ModelRegistry#verifyArtifacts} re-checks one large artifact in the directory
 * store, against two floors measured on the same stored file in the same process: reading it
 * through a 64 KiB buffer ({@link #plainRead}) and computing its SHA-256 that way
 * ({@link #sha256Only}). Each operation is one whole pass over the file; the fork runs with a
 * 64 MiB heap to show that the memory a verify needs does not grow with the artifact.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class ArtifactVerifyBenchmark {

    private static final Pattern SIZE = Pattern.compile("([1-9][0-9]*)(MiB|GiB)");
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final VersionId VERSION = VersionId.parse("bench@1.0.0");
    private static final List<ModelReference> SELECTION = List.of(ModelReference.parse("bench@1.0.0"));

    /** The artifact's size, such as {@code 256MiB} or {@code 1GiB}. */
    @Param("1GiB")
    public String size;

    private long bytes;
    private Path directory;
    private ModelRegistry registry;
    private Path storedFile;

    /**
     * Creates a registry in a temporary directory and registers one version whose artifact, of
     * {@link #size} pseudo-random bytes, goes into the directory store.
     */
    @Setup(Level.Trial)
    public void registerArtifact() throws IOException {
        bytes = parseSize(size);
        directory = Files.createTempDirectory("artifact-verify-bench");
        Path store = directory.resolve("store");
        registry = ModelRegistry.openOrInit(directory.resolve("registry.git"), RegistryOptions.DEFAULT
                .withActor(new Actor("Benchmark", "benchmark@example.com"))
                .withArtifacts(ArtifactOptions.DEFAULT.withStoreDirectory(store)));
        Path model = directory.resolve("model.onnx");
        writeRandomFile(model, bytes);
        Artifact artifact = registry.storeArtifact(VERSION, model, "onnx");
        registry.register(RegisterRequest.builder(VERSION.name(), artifact).version(VERSION.version()).build());
        Files.delete(model);
        storedFile = onlyFileUnder(store);
    }

    /** Closes the registry and deletes its directory with the stored artifact. */
    @TearDown(Level.Trial)
    public void deleteRegistry() throws IOException {
        registry.close();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Verifies the registered version's artifact through the registry, which must find it intact. */
    @Benchmark
    public ArtifactReport verify() {
        ArtifactReport report = registry.verifyArtifacts(SELECTION);
        if (!report.allOk()) {
            throw new IllegalStateException("the stored artifact did not verify: " + report.checks());
        }
        return report;
    }

    /** Reads the stored file to its end through a 64 KiB buffer: the read speed in this process. */
    @Benchmark
    public long plainRead() throws IOException {
        return readStoredFile(null);
    }

    /** Computes the stored file's SHA-256 with {@link MessageDigest} through a 64 KiB buffer: the hashing floor. */
    @Benchmark
    public byte[] sha256Only() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        readStoredFile(sha256);
        return sha256.digest();
    }

    private long readStoredFile(MessageDigest digest) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long count = 0;
        try (InputStream in = Files.newInputStream(storedFile)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (digest != null) {
                    digest.update(buffer, 0, n);
                }
                count += n;
            }
        }
        if (count != bytes) {
            throw new IllegalStateException("read " + count + " bytes of " + storedFile + ", expected " + bytes);
        }
        return count;
    }

    private static long parseSize(String text) {
        Matcher matcher = SIZE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("size \"" + text + "\" is not a whole number of MiB or GiB, "
                    + "such as 256MiB or 2GiB");
        }
        int shift = matcher.group(2).equals("GiB") ? 30 : 20;
        return Long.parseLong(matcher.group(1)) << shift;
    }

    private static void writeRandomFile(Path file, long length) throws IOException {
        SplittableRandom random = new SplittableRandom(length);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < length; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, length - written));
            }
        }
    }

    private static Path onlyFileUnder(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> files = paths.filter(Files::isRegularFile).toList();
            if (files.size() != 1) {
                throw new IllegalStateException("expected one stored artifact under " + root + ", found " + files);
            }
            return files.get(0);
        }
    }
}
