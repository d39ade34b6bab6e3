package dev.modelregistry.core.testing;

import java.nio.file.Path;

/**
 * A real Git server for tests: {@code git daemon} serving every repository under a directory over
 * {@code git://127.0.0.1:<port>/}, with pushes enabled, started as a child process and stopped on
 * close. It is ready once it logs "Ready to rumble"; nothing sleeps.
 */
public final class GitDaemon implements AutoCloseable {

    private final LoopbackServer server;

    private GitDaemon(LoopbackServer server) {
        this.server = server;
    }

    /** Starts a daemon serving the repositories under {@code baseDir}, on a free port. */
    public static GitDaemon serve(Path baseDir) {
        return new GitDaemon(LoopbackServer.start("git daemon", port -> {
            ProcessBuilder builder = new ProcessBuilder("git", "daemon", "--verbose", "--reuseaddr",
                    "--base-path=" + baseDir, "--export-all", "--enable=receive-pack", "--port=" + port,
                    "--listen=127.0.0.1");
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            return builder;
        }, "Ready to rumble"));
    }

    /** The {@code git://} URL of the repository at {@code relativePath} under the base directory. */
    public String url(String relativePath) {
        return "git://127.0.0.1:" + server.port() + "/" + relativePath;
    }

    /** Stops the daemon and the connections it is serving. */
    @Override
    public void close() {
        server.close();
    }
}
