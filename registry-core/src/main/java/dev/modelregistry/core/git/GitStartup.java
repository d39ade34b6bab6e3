package dev.modelregistry.core.git;

import org.eclipse.jgit.util.FS;

/**
 * Work that a fresh process's first JGit repository open does whatever the repository, started
 * early on a daemon thread so that it overlaps the rest of the open: JGit finds Git's system
 * configuration file by running {@code git} (twice), and keeps what it found for the process.
 */
public final class GitStartup {

    private static volatile boolean started;

    private GitStartup() {
    }

    /** Starts finding Git's system configuration file, once per process. */
    public static void begin() {
        if (started) {
            return;
        }
        started = true;
        Thread finder = new Thread(FS.DETECTED::getGitSystemConfig, "model-registry git start-up");
        finder.setDaemon(true);
        finder.start();
    }
}
