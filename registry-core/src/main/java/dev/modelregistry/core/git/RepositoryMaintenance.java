package dev.modelregistry.core.git;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.internal.storage.commitgraph.CommitGraphWriter;
import org.eclipse.jgit.internal.storage.commitgraph.GraphCommits;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.eclipse.jgit.util.SystemReader;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;

/**
 * The registry repository's housekeeping, safe while other processes write: repacks objects with
 * JGit's garbage collector and rewrites the commit-graph with changed-path Bloom filters. It
 * deletes no object that is not in the new pack: unreachable objects stay (those of old packs are
 * written out loose first), because JGit's prune also removes empty object directories, which
 * races with a concurrent writer creating one for its new object (its insert then fails). Every
 * file it replaces is written aside and renamed into place, so concurrent readers see the old one
 * or the new one.
 */
public final class RepositoryMaintenance {

    /**
     * The collector's expiry for unreachable objects, Git's own default. Maintenance prunes no
     * loose object, but with an expiry set (and not {@code now}) the collector writes the
     * unreachable objects of the packs it replaces out as loose objects instead of dropping them.
     */
    public static final Duration EXPIRY = Duration.ofDays(14);

    /** What a maintenance run did. */
    public record Stats(long packedObjects, long looseObjects, long commitGraphCommits, long bloomFiltersComputed,
            long bloomFiltersReused) {
    }

    private final Repository repository;

    /** Maintenance of {@code repository}, which must be a repository on disk. */
    public RepositoryMaintenance(Repository repository) {
        this.repository = repository;
    }

    /**
     * Makes JGit read the commit-graph and its changed-path Bloom filters: {@code core.commitGraph}
     * for this repository and the JGit-level {@code commitGraph.readChangedPaths} (in memory; the
     * user's JGit config file is not changed). Git itself reads both by default.
     */
    public static void enableCommitGraphReading(Repository repository) {
        repository.getConfig().setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null,
                ConfigConstants.CONFIG_COMMIT_GRAPH, true);
        try {
            SystemReader.getInstance().getJGitConfig().setBoolean(ConfigConstants.CONFIG_COMMIT_GRAPH_SECTION, null,
                    ConfigConstants.CONFIG_KEY_READ_CHANGED_PATHS, true);
        } catch (IOException | ConfigInvalidException e) {
            // Without the JGit config the walks read no Bloom filters: slower, and the same answers.
        }
    }

    /**
     * Repacks the reachable objects into one pack (dropping the loose copies of packed objects and,
     * after JGit's pack expiry, the old packs) and rewrites the commit-graph of every branch and
     * tag with Bloom filters.
     *
     * @throws RegistryUsageException (REGISTRY) when the repository's {@code gc.pruneExpire} is
     *         {@code now}, which would let the garbage collector drop objects a concurrent write
     *         still needs
     */
    public Stats run() {
        refuseImmediatePrune();
        try {
            persistCommitGraphSettings();
            enableCommitGraphReading(repository);
            GC gc = new GC((FileRepository) repository);
            gc.setExpire(Instant.now().minus(EXPIRY));
            gc.setPackConfig(packConfig());
            gc.repack();
            GC.RepoStatistics statistics = gc.getStatistics();
            GraphWritten graph = writeCommitGraph();
            return new Stats(statistics.numberOfPackedObjects, statistics.numberOfLooseObjects, graph.commits(),
                    graph.stats().getChangedPathFiltersComputed(), graph.stats().getChangedPathFiltersReused());
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot maintain the registry at " + repository.getDirectory() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A commit-graph written: how many commits it holds, and JGit's figures. */
    private record GraphWritten(long commits, CommitGraphWriter.Stats stats) {
    }

    private void refuseImmediatePrune() {
        String expire = repository.getConfig().getString(ConfigConstants.CONFIG_GC_SECTION, null,
                ConfigConstants.CONFIG_KEY_PRUNEEXPIRE);
        if ("now".equalsIgnoreCase(expire)) {
            throw new RegistryUsageException(Input.REGISTRY, "Cannot maintain the registry at "
                    + repository.getDirectory() + ": its Git config sets gc.pruneExpire = now, which lets garbage"
                    + " collection delete objects a concurrent write still needs. Remove that setting or set it to"
                    + " 2.weeks.ago.");
        }
    }

    /**
     * The repository's pack settings, without reachability bitmaps: JGit cannot carry over the
     * bitmaps {@code git repack} writes (it fails on them), and the registry serves no fetches
     * that they would speed up. {@code git gc} may still add them.
     */
    private PackConfig packConfig() {
        PackConfig config = new PackConfig(repository);
        config.setBuildBitmaps(false);
        return config;
    }

    /** {@code core.commitGraph} in the repository's config, so that JGit reads the graph in every process. */
    private void persistCommitGraphSettings() throws IOException {
        StoredConfig config = repository.getConfig();
        if (!config.getBoolean(ConfigConstants.CONFIG_CORE_SECTION, ConfigConstants.CONFIG_COMMIT_GRAPH, false)) {
            config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_COMMIT_GRAPH, true);
            config.save();
        }
    }

    /**
     * Writes {@code objects/info/commit-graph} for every branch and tag, with Bloom filters, reusing
     * the filters of the graph it replaces; written aside and renamed into place.
     */
    private GraphWritten writeCommitGraph() throws IOException {
        Set<ObjectId> tips = new HashSet<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS, Constants.R_TAGS)) {
            Ref peeled = repository.getRefDatabase().peel(ref);
            tips.add(peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId());
        }
        File info = new File(((FileRepository) repository).getObjectsDirectory(), "info");
        Files.createDirectories(info.toPath());
        File target = new File(info, "commit-graph");
        File temp = File.createTempFile("commit_", ".graph_tmp", info);
        try (RevWalk walk = new RevWalk(repository)) {
            GraphCommits commits = GraphCommits.fromWalk(NullProgressMonitor.INSTANCE, tips, walk);
            long count = StreamSupport.stream(commits.spliterator(), false).count();
            CommitGraphWriter.Stats stats;
            try (OutputStream out = Files.newOutputStream(temp.toPath())) {
                stats = new CommitGraphWriter(commits, true).write(NullProgressMonitor.INSTANCE, out);
            }
            Files.move(temp.toPath(), target.toPath(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return new GraphWritten(count, stats);
        } finally {
            Files.deleteIfExists(temp.toPath());
        }
    }
}
