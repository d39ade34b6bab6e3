package dev.modelregistry.core.git;

import org.eclipse.jgit.util.FS;

/**
 * Work that a fresh process's first JGit repository open does whatever the repository, started
 * early on a daemon thread so that it overlaps the rest of the open: JGit finds Git's system
 * configuration file by running {@code git} (twice), and keeps what it found for the process.
 */
public final class GitStartup {

    private static boolean started;

    private GitStartup() {
    }

    /**
     * Starts finding Git's system configuration file, once per process; not when
     * {@code GIT_CONFIG_NOSYSTEM} tells JGit not to read it.
     */
    public static synchronized void begin() {
        String noSystem = System.getenv("GIT_CONFIG_NOSYSTEM");
        if (started || noSystem != null && !noSystem.isEmpty()) {
            return;
        }
        started = true;
        Thread finder = new Thread(GitStartup::findSystemConfig, "model-registry git start-up");
        finder.setDaemon(true);
        finder.start();
    }

    private static void findSystemConfig() {
        try {
            FS.DETECTED.getGitSystemConfig();
        } catch (RuntimeException e) {
            // only speed is lost: JGit looks again when it opens the repository
        }
    }
}
