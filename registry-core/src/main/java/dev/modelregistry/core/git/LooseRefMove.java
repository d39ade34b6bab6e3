package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

/**
 * Moves a branch kept as a plain loose ref file with no reflog, by Git's own protocol for the
 * files backend: the lock file {@code <ref>.lock} is created exclusively, the branch is checked to
 * be where the writer read it while the lock is held, and the lock file, holding the new id, is
 * renamed over the ref. The lock file is a file created ahead of the turn ({@link AheadFiles}),
 * filled with the new id and then linked as {@code <ref>.lock}: the link is as exclusive as
 * creating the file, and its time is the time it was filled, so a live lock never looks stale.
 * Anything else (no loose ref, a symbolic ref, a reftable, a reflog to append to, a file system
 * without hard links, a directory that takes no file) is left to JGit, which the caller then
 * asks. A ref that cannot be replaced because a reader holds it open (Windows) counts as locked.
 */
final class LooseRefMove {

    /** What a move did. */
    enum Result {
        /** The branch now names the new commit. */
        MOVED,
        /** Another process holds the branch's lock; the branch did not move. */
        LOCKED,
        /** The branch no longer names the commit the writer read; it did not move. */
        RACED,
        /** The branch is not a plain loose ref without a reflog; nothing was done. */
        FOR_JGIT
    }

    private final Path ref;
    private final Path lock;
    private final Path reflog;
    private final LooseBranchRef current;

    /** Moves {@code refName} (such as {@code refs/heads/main}) of the repository at {@code gitDir}. */
    LooseRefMove(Path gitDir, String refName) {
        this.ref = gitDir.resolve(refName);
        this.lock = gitDir.resolve(refName + ".lock");
        this.reflog = gitDir.resolve("logs").resolve(refName);
        this.current = new LooseBranchRef(gitDir, refName);
    }

    /**
     * Moves the branch from {@code expected} to {@code next} through a file of {@code files},
     * forcing the new value to disk first when {@code fsync}. A file that cannot be made, filled
     * or linked leaves the move to JGit, which reports what is wrong if it cannot move the branch
     * either.
     */
    Result move(ObjectId expected, ObjectId next, AheadFiles.Reserved files, boolean fsync) throws IOException {
        if (Files.exists(reflog)) {
            return Result.FOR_JGIT;
        }
        Optional<Result> notLocked = lock(next, files, fsync);
        if (notLocked.isPresent()) {
            return notLocked.get();
        }
        boolean moved = false;
        try {
            Optional<String> now = current.read();
            if (now.isEmpty()) {
                return Result.FOR_JGIT;
            }
            if (!now.get().equals(expected.name())) {
                return Result.RACED;
            }
            Files.move(lock, ref, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return Result.MOVED;
        } catch (AccessDeniedException readerHoldsTheRef) {
            return Result.LOCKED;
        } finally {
            if (!moved) {
                Files.deleteIfExists(lock);
            }
        }
    }

    /** Takes the branch's lock with a file holding {@code next}; empty when it holds the lock, else why not. */
    private Optional<Result> lock(ObjectId next, AheadFiles.Reserved files, boolean fsync) {
        AheadFiles.AheadFile file = null;
        try {
            file = files.take();
            file.fill((next.name() + "\n").getBytes(StandardCharsets.US_ASCII), fsync);
            Files.createLink(lock, file.path());
            files.removeAfterWrite(file.path());
            return Optional.empty();
        } catch (FileAlreadyExistsException held) {
            if (file != null) {
                file.discardQuietly();
            }
            return Optional.of(Result.LOCKED);
        } catch (IOException | UnsupportedOperationException noFileOrNoLink) {
            if (file != null) {
                file.discardQuietly();
            }
            return Optional.of(Result.FOR_JGIT);
        }
    }
}
