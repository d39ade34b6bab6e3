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

    /** Starts the branch {@code name} at the cloned head and switches to it, as a pull request's author does. */
    public WorkTreeClone branch(String name) {
        git.run("switch", "--quiet", "--create", name);
        return this;
    }

    /** The UTF-8 text of the file at {@code path}. */
    public String read(String path) {
        try {
            return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code target} with {@code replacement} in the file at {@code path}, which must contain it. */
    public WorkTreeClone replace(String path, String target, String replacement) {
        String text = read(path);
        if (!text.contains(target)) {
            throw new IllegalArgumentException(path + " does not contain " + target + ":\n" + text);
        }
        return write(path, text.replace(target, replacement));
    }

    /** Removes {@code path}, a file or a directory, with {@code git rm}. */
    public WorkTreeClone delete(String path) {
        git.run("rm", "-r", "--quiet", path);
        return this;
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
