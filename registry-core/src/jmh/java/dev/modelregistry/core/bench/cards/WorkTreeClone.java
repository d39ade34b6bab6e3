package dev.modelregistry.core.bench.cards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.modelregistry.core.bench.GeneratedCard;
import dev.modelregistry.core.bench.GeneratedMessages;
import dev.modelregistry.core.bench.GitProcess;

/**
 * A private clone of the registry with a work tree, {@code main} checked out, opened with JGit's
 * porcelain {@link Git}; {@link #commitNext} writes and commits the next new card file.
 */
@State(Scope.Benchmark)
public class WorkTreeClone extends PrivateCopy {

    private Path workTree;
    private Git git;

    @Override
    Path create(Path registry, Path temp) throws Exception {
        workTree = temp.resolve("work-tree");
        GitProcess.run(temp, "clone", "--quiet", "--no-hardlinks", registry.toString(), workTree.toString());
        return workTree;
    }

    @Override
    void open(Path dir) throws Exception {
        git = Git.open(dir.toFile());
    }

    @Override
    void shut() {
        git.close();
    }

    /**
     * Writes the card of a new version of the next model ({@code 1.9.1} on the first 1,000
     * operations, {@code 1.9.2} on the next, ...) into the work tree, then
     * {@code git add <card>} and {@code git commit} with the message a registration has.
     */
    RevCommit commitNext() throws Exception {
        int n = nextOperation();
        String name = model(n);
        String version = "1.9." + (n / CardRegistries.Size.STANDARD.models() + 1);
        String sha = sha256(n);
        String path = GeneratedCard.path(name, version);
        Path file = workTree.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, new GeneratedCard(name, version, "development",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "Gradient-boosted trees, registered by the register benchmark", "classification", "0.9123", "0.9456",
                List.of("tabular", "team:t1"), sha).yaml());
        git.add().addFilepattern(path).call();
        PersonIdent writer = new PersonIdent("Bench Writer", "bench@example.com");
        return git.commit().setMessage(GeneratedMessages.register(name, version, sha, Optional.empty()).format())
                .setAuthor(writer).setCommitter(writer).call();
    }
}
