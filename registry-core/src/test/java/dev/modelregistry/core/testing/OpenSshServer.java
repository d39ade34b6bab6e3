package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A real OpenSSH server for tests: {@code /usr/sbin/sshd} (Debian's openssh-server, which .ci/run
 * installs) on 127.0.0.1, with a host key, configuration and authorized keys of its own in a
 * directory of the test's. It serves Git repositories by their absolute paths to the user running
 * the tests, as a Git host's ssh endpoint does: {@code git-upload-pack} and
 * {@code git-receive-pack} run as that user. sshd must be started by root.
 */
public final class OpenSshServer implements AutoCloseable {

    /** The server program. */
    public static final Path SSHD = Path.of("/usr/sbin/sshd");
    /** The directory sshd needs for its privilege separation. */
    private static final Path PRIVILEGE_SEPARATION = Path.of("/run/sshd");

    private final LoopbackServer server;
    private final Path authorizedKeys;
    private final String hostKey;

    private OpenSshServer(LoopbackServer server, Path authorizedKeys, String hostKey) {
        this.server = server;
        this.authorizedKeys = authorizedKeys;
        this.hostKey = hostKey;
    }

    /** Why this machine cannot run the server, if it cannot: no sshd, or not root. */
    public static String unavailableBecause() {
        if (!Files.isExecutable(SSHD)) {
            return SSHD + " is missing; install openssh-server (apt-get install openssh-server), as .ci/run does";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "sshd must be started by root, and these tests run as " + System.getProperty("user.name");
        }
        return "";
    }

    /** Starts a server whose files live in {@code dir}, with no authorized key yet. */
    public static OpenSshServer start(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.createDirectories(PRIVILEGE_SEPARATION);
            SigningKeys.SigningKey hostKey = SigningKeys.generate(dir, "host_key", "host");
            Path authorized = Files.writeString(dir.resolve("authorized_keys"), "");
            Path config = dir.resolve("sshd_config");
            LoopbackServer server = LoopbackServer.start("sshd", port -> {
                write(config, String.join("\n",
                        "Port " + port,
                        "ListenAddress 127.0.0.1",
                        "HostKey " + hostKey.privateKey(),
                        "AuthorizedKeysFile " + authorized,
                        "PubkeyAuthentication yes",
                        "PasswordAuthentication no",
                        "KbdInteractiveAuthentication no",
                        "PermitRootLogin prohibit-password",
                        "StrictModes no",
                        "UsePAM no",
                        "PidFile " + dir.resolve("sshd.pid"),
                        ""));
                return new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString());
            }, "Server listening on 127.0.0.1 port");
            return new OpenSshServer(server, authorized, hostKey.publicKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the holder of the private key of {@code publicKey} (one line of a {@code .pub} file) log in. */
    public void authorize(String publicKey) {
        try {
            Files.writeString(authorizedKeys, publicKey.strip() + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of a {@code known_hosts} file that trusts this server's host key. */
    public String knownHostsLine() {
        String[] key = hostKey.strip().split(" ");
        return "[127.0.0.1]:" + server.port() + " " + key[0] + " " + key[1] + "\n";
    }

    /** The {@code ssh://} URL of the repository at {@code repository}, for the user running the tests. */
    public String url(Path repository) {
        return "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + server.port()
                + repository.toAbsolutePath();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server and the sessions it is serving. */
    @Override
    public void close() {
        server.close();
    }
}
