package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Edits a registry by hand the way a person does in a pull request: clones it with a working
 * tree using the real {@code git} command line, changes files there, commits and pushes back.
 */
public final class HandEditor {

    private final Path workTree;
    private final GitCli git;

    private HandEditor(Path workTree) {
        this.workTree = workTree;
        this.git = new GitCli(workTree.resolve(".git"));
    }

    /** Clones the {@code main} branch of the registry at {@code registry} into {@code workTree}. */
    public static HandEditor clone(Path registry, Path workTree) {
        new GitCli(registry).run("clone", "-q", "-b", "main", registry.toString(), workTree.toString());
        return new HandEditor(workTree);
    }

    /** The text of {@code path} in the working tree. */
    public String read(String path) {
        try {
            return Files.readString(workTree.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the text of {@code path} in the working tree, creating its directory when missing. */
    public HandEditor write(String path, String text) {
        try {
            Files.createDirectories(workTree.resolve(path).getParent());
            Files.writeString(workTree.resolve(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Removes {@code path}, a file or a directory, with {@code git rm}. */
    public HandEditor remove(String path) {
        inWorkTree("rm", "-r", "-q", path);
        return this;
    }

    /** Commits every change as Bob Editor and pushes it to the registry's {@code main}. */
    public void commitAndPush(String subject) {
        inWorkTree("add", "-A");
        inWorkTree("-c", "user.name=Bob Editor", "-c", "user.email=bob@example.com", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", subject);
        git.run("push", "-q", "origin", "HEAD:main");
    }

    private void inWorkTree(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--work-tree=" + workTree;
        System.arraycopy(args, 0, all, 1, args.length);
        git.run(all);
    }
}
