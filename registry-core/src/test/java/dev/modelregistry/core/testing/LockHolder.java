package dev.modelregistry.core.testing;

import java.io.File;
import java.io.IOException;

import org.eclipse.jgit.internal.storage.file.LockFile;

/**
 * A separate JVM process that takes the lock of a registry's branch ref, as a Git or JGit writer
 * does while it moves the branch, says {@code locked}, and holds it until it is killed or its
 * input ends. Arguments: the registry's Git directory and the branch.
 */
public final class LockHolder {

    /** What the holder prints once the lock is taken. */
    public static final String LOCKED = "locked";

    private LockHolder() {
    }

    /** Takes the lock and holds it; exits 1 when the lock is taken already. */
    public static void main(String[] args) throws IOException {
        LockFile lock = new LockFile(new File(args[0], "refs/heads/" + args[1]));
        if (!lock.lock()) {
            System.out.println("the lock is taken already");
            System.exit(1);
        }
        System.out.println(LOCKED);
        while (System.in.read() >= 0) {
            // hold the lock until killed or until the input ends
        }
        lock.unlock();
    }
}
