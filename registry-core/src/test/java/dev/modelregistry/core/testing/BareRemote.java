package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A bare repository made with the real {@code git init --bare}, as a team's shared registry remote. */
public final class BareRemote {

    private final Path dir;
    private final GitCli git;

    private BareRemote(Path dir) {
        this.dir = dir;
        this.git = new GitCli(dir);
    }

    /** Creates an empty bare repository at {@code dir} whose HEAD names {@code main}. */
    public static BareRemote create(Path dir) {
        try {
            Files.createDirectories(dir.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GitCli.in(dir.getParent()).run("init", "--quiet", "--bare", "--initial-branch=main", dir.toString());
        return new BareRemote(dir);
    }

    /** Its {@code file://} URL. */
    public String fileUrl() {
        return dir.toUri().toString();
    }

    /** The git CLI on it. */
    public GitCli git() {
        return git;
    }

    /** The commit {@code main} points to, or "" when there is none yet. */
    public String head() {
        GitCli.Result result = git.tryRun("rev-parse", "--verify", "--quiet", "refs/heads/main");
        return result.stdout().strip();
    }

    /** Installs an executable hook {@code name} (such as {@code pre-receive}) with the shell {@code script}. */
    public void hook(String name, String script) {
        try {
            Path hook = dir.resolve("hooks").resolve(name);
            Files.createDirectories(hook.getParent());
            Files.writeString(hook, "#!/bin/sh\n" + script + "\n");
            Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the hook {@code name}. */
    public void removeHook(String name) {
        try {
            Files.deleteIfExists(dir.resolve("hooks").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
