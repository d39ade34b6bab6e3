package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A work-tree clone of a registry made with the real {@code git} command line, the way a person
 * edits YAML for a pull request: write files, commit, push back into the registry.
 */
public final class WorkTreeClone {

    private final Path dir;
    private final GitCli git;

    private WorkTreeClone(Path dir) {
        this.dir = dir;
        this.git = GitCli.in(dir);
    }

    /** Clones {@code registry} (its branch {@code main}) into {@code dir}. */
    public static WorkTreeClone of(Path registry, Path dir) {
        GitCli.in(dir.getParent()).run("clone", "--quiet", "--branch", "main", registry.toString(), dir.toString());
        return new WorkTreeClone(dir);
    }

    /** Writes {@code content} to the file at {@code path}, creating its directories. */
    public WorkTreeClone write(String path, byte[] content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} as UTF-8 to the file at {@code path}. */
    public WorkTreeClone write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Makes {@code path} a symbolic link to {@code target}. */
    public WorkTreeClone symlink(String path, String target) {
        try {
            Files.createSymbolicLink(dir.resolve(path), Path.of(target));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits every change as a test user and pushes it to {@code branch} of the registry; returns the commit id. */
    public String commitAndPush(String message, String branch) {
        git.run("add", "--all");
        git.run("-c", "user.name=Pat Reviewer", "-c", "user.email=pat@example.com", "commit", "--quiet", "-m", message);
        git.run("push", "--quiet", "origin", "HEAD:refs/heads/" + branch);
        return git.run("rev-parse", "HEAD").strip();
    }

    /**
     * Merges the registry's {@code branch} into {@code main} with a merge commit ({@code --no-ff})
     * made at {@code at}, as {@code name <email>} merging a pull request on a Git host does, and
     * pushes {@code main}; returns the merge commit id.
     */
    public String mergeAndPush(String branch, String name, String email, Instant at) {
        git.run("fetch", "--quiet", "origin", branch);
        git.withEnvironment("GIT_AUTHOR_DATE", at.toString()).withEnvironment("GIT_COMMITTER_DATE", at.toString())
                .run("-c", "user.name=" + name, "-c", "user.email=" + email, "merge", "--quiet", "--no-ff", "-m",
                        "Merge branch '" + branch + "'", "FETCH_HEAD");
        git.run("push", "--quiet", "origin", "HEAD:refs/heads/main");
        return git.run("rev-parse", "HEAD").strip();
    }
}
