package dev.modelregistry.core.bench.cards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.modelregistry.core.bench.Directories;
import dev.modelregistry.core.bench.GitProcess;
import dev.modelregistry.core.bench.HistoryRegistryGenerator;
import dev.modelregistry.core.bench.cards.CardRegistries.Size;
import dev.modelregistry.core.testing.Samples;

/**
 * A private copy of the registry of 10,000 cards in a temporary directory, made for one trial and
 * deleted after it, that each operation adds one new version to: the {@code n}th operation adds
 * a version of model {@code n mod 1,000}, so every model grows by one version per 1,000
 * operations. With {@link #fsync} the copy's Git config has {@code core.fsyncObjectFiles} and
 * {@code core.fsyncRefFiles}, the two fsync settings JGit 7.8 reads: it then forces every loose
 * object it writes, and the ref and reflog it updates, to the disk.
 */
@State(Scope.Benchmark)
public abstract class PrivateCopy {

    /** Whether JGit forces what it writes to the disk. */
    @Param({"false", "true"})
    public boolean fsync;

    private Path temp;
    private int next;

    /** Makes the copy from {@code registry} below {@code temp}; returns its directory. */
    abstract Path create(Path registry, Path temp) throws Exception;

    /** Opens the copy in {@code dir}. */
    abstract void open(Path dir) throws Exception;

    /** Closes the copy. */
    abstract void shut();

    /** Makes the copy, sets fsync on or off in its config, and opens it. */
    @Setup(Level.Trial)
    public void copy() throws Exception {
        temp = Files.createTempDirectory("register-bench");
        Path dir = create(CardRegistries.registry(Size.STANDARD), temp);
        GitProcess.run(dir, "config", "core.fsyncObjectFiles", Boolean.toString(fsync));
        GitProcess.run(dir, "config", "core.fsyncRefFiles", Boolean.toString(fsync));
        open(dir);
    }

    /** Closes and deletes the copy. */
    @TearDown(Level.Trial)
    public void delete() throws Exception {
        shut();
        Directories.delete(temp);
    }

    /** Counts one more operation; returns its number, from 0. */
    int nextOperation() {
        return next++;
    }

    /** The model the {@code n}th operation adds a version to. */
    static String model(int n) {
        return HistoryRegistryGenerator.modelName(n % Size.STANDARD.models());
    }

    /** The digest of the artifact of the {@code n}th operation's new version. */
    static String sha256(int n) {
        return Samples.sha256("register-bench:" + n);
    }
}
