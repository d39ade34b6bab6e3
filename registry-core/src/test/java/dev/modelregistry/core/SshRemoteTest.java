package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.BareRemote;
import dev.modelregistry.core.testing.OpenSshServer;
import dev.modelregistry.core.testing.RegisterLoop;
import dev.modelregistry.core.testing.SigningKeys;
import dev.modelregistry.core.testing.WriterProcesses;

/**
 * A registry on a real OpenSSH server: the writer, a separate JVM whose home holds its
 * {@code ~/.ssh} key and {@code known_hosts}, reads and pushes through JGit's Apache MINA ssh client
 * with that key; an unknown host key and a key the server does not accept are refused.
 */
class SshRemoteTest {

    @TempDir
    Path dir;

    private BareRemote remote;
    private Path remotePath;
    private Path home;
    private SigningKeys.SigningKey userKey;

    @BeforeEach
    void makeTheUsersKey() throws Exception {
        String unavailable = OpenSshServer.unavailableBecause();
        Assumptions.assumeTrue(unavailable.isEmpty(), unavailable);
        remotePath = dir.resolve("served/registry.git");
        remote = BareRemote.create(remotePath);
        home = dir.resolve("home");
        Files.createDirectories(home.resolve(".ssh"));
        userKey = SigningKeys.generate(home.resolve(".ssh"), "id_ecdsa", "alice@example.com");
    }

    /** Registers {@code count} versions as a writer whose home is {@link #home}; returns its exit code and output. */
    private Run register(String url, int count) throws Exception {
        Path log = dir.resolve("writer-" + System.nanoTime() + ".log");
        Process writer = new WriterProcesses("-Duser.home=" + home).start(log, url, "churn", Integer.toString(count),
                "alice", dir.resolve("cache").toString());
        assertTrue(writer.waitFor(120, TimeUnit.SECONDS), "the writer finished");
        return new Run(writer.exitValue(), Files.readString(log));
    }

    private record Run(int exitCode, String output) {
    }

    /** The writer failed with an error that names the remote, says {@code why} and points at the ssh files. */
    private static void assertRefused(Run run, String why) {
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("RemoteAccessException: Cannot fetch main of the registry ssh://"), run.output());
        assertTrue(run.output().contains(why), run.output());
        assertTrue(run.output().contains("the keys and known_hosts in ~/.ssh for ssh."), run.output());
    }

    @Test
    void aWriterWithTheUsersKeyRegistersThroughSshAndGitReadsWhatItPushed() throws Exception {
        try (OpenSshServer ssh = OpenSshServer.start(dir.resolve("sshd"))) {
            ssh.authorize(userKey.publicKey());
            Files.writeString(home.resolve(".ssh/known_hosts"), ssh.knownHostsLine());
            Run run = register(ssh.url(remotePath), 2);
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains("registered 0.0.2 "), run.output());
        }
        assertEquals("writer alice Register churn 0.0.2\nwriter alice Register churn 0.0.1\n",
                remote.git().run("log", "--format=%an %s", "main"));
        remote.git().run("fsck", "--full", "--strict");
    }

    @Test
    void anUnknownHostKeyIsRefusedAndNothingIsPushed() throws Exception {
        try (OpenSshServer ssh = OpenSshServer.start(dir.resolve("sshd"))) {
            ssh.authorize(userKey.publicKey());
            Run run = register(ssh.url(remotePath), 1);
            assertRefused(run, ssh.url(remotePath) + ": Server key did not validate.");
        }
        assertEquals(1, remote.git().tryRun("rev-parse", "--verify", "--quiet", "main").exitCode(), "no branch was pushed");
    }

    @Test
    void aKeyTheServerDoesNotAcceptIsRefusedAndNothingIsPushed() throws Exception {
        try (OpenSshServer ssh = OpenSshServer.start(dir.resolve("sshd"))) {
            Files.writeString(home.resolve(".ssh/known_hosts"), ssh.knownHostsLine());
            Run run = register(ssh.url(remotePath), 1);
            assertRefused(run, ": Cannot log in at 127.0.0.1:");
        }
        assertEquals(1, remote.git().tryRun("rev-parse", "--verify", "--quiet", "main").exitCode(), "no branch was pushed");
    }
}
