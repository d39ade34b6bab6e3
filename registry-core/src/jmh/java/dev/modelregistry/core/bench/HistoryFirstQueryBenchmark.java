package dev.modelregistry.core.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.modelregistry.core.AuditEvent;
import dev.modelregistry.core.HistoryQuery;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.domain.ModelName;

/**
 * Issue 7, target 4, first query: in each fresh JVM (one fork per measurement, no warmup), the
 * first history of one model, opening the registry included ({@link #firstHistory}), against
 * {@code git log} of the model's directory with the commit-graph and Bloom filters
 * ({@link #firstGitLog}); target: no slower. {@link #plainJGitWalk} is the walk the history
 * made before the index: a JGit {@code RevWalk} with a path filter and no commit-graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class HistoryFirstQueryBenchmark {

    private Path registry;

    /** Generates or finds the registry. */
    @Setup
    public void setUp() throws Exception {
        registry = HistoryBench.registry();
    }

    /** Opens the registry and reads one model's history. */
    @Benchmark
    public List<AuditEvent> firstHistory() {
        try (ModelRegistry open = ModelRegistry.open(registry, RegistryOptions.DEFAULT)) {
            return open.history(HistoryQuery.forModel(ModelName.of(HistoryBench.MODEL)));
        }
    }

    /** {@code git log -- models/<name>/} with the commit-graph and Bloom filters, in its own process. */
    @Benchmark
    public long firstGitLog() throws Exception {
        return HistoryBench.gitLog(registry);
    }

    /** Before: a plain JGit walk filtered on the model's directory, reading every commit and diffing its tree. */
    @Benchmark
    @Fork(1)
    public int plainJGitWalk() throws Exception {
        try (Repository repository = new FileRepositoryBuilder().setGitDir(registry.toFile()).build();
                RevWalk walk = new RevWalk(repository)) {
            repository.getConfig().setBoolean("core", null, "commitGraph", false);
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.setTreeFilter(AndTreeFilter.create(PathFilter.create("models/" + HistoryBench.MODEL),
                    TreeFilter.ANY_DIFF));
            walk.markStart(walk.parseCommit(repository.resolve("refs/heads/main")));
            int count = 0;
            for (RevCommit commit : walk) {
                commit.getFullMessage();
                count++;
            }
            return count;
        }
    }
}
