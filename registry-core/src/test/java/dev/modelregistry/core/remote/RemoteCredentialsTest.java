package dev.modelregistry.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

class RemoteCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void aTokenFromTheEnvironmentIsSentAsThePasswordOfTheTokenUser() {
        RemoteCredentials token = RemoteCredentials.fromEnvironment(Map.of("MODEL_REGISTRY_TOKEN", "glpat-0123456789"));
        assertEquals("a token for x-access-token", token.toString());
        assertAnswers(token.provider().orElseThrow(), "x-access-token", "glpat-0123456789");
        RemoteCredentials withUser = RemoteCredentials.fromEnvironment(Map.of("MODEL_REGISTRY_TOKEN", "t0ken-1234",
                "MODEL_REGISTRY_USERNAME", "alice"));
        assertAnswers(withUser.provider().orElseThrow(), "alice", "t0ken-1234");
        assertFalse(withUser.toString().contains("t0ken-1234"));
    }

    @Test
    void aUserNameAndPasswordFromTheEnvironmentGoTogether() {
        RemoteCredentials both = RemoteCredentials.fromEnvironment(Map.of("MODEL_REGISTRY_USERNAME", "alice",
                "MODEL_REGISTRY_PASSWORD", "pa55word"));
        assertEquals("user name and password of alice", both.toString());
        assertAnswers(both.provider().orElseThrow(), "alice", "pa55word");
        assertEquals(RemoteCredentials.NONE, RemoteCredentials.fromEnvironment(Map.of("MODEL_REGISTRY_TOKEN", "")));
        assertTrue(RemoteCredentials.NONE.provider().isEmpty());
        RegistryUsageException userOnly = assertThrows(RegistryUsageException.class,
                () -> RemoteCredentials.fromEnvironment(Map.of("MODEL_REGISTRY_USERNAME", "alice")));
        assertEquals(Input.REGISTRY, userOnly.input());
        assertEquals("MODEL_REGISTRY_USERNAME is set without MODEL_REGISTRY_PASSWORD (or MODEL_REGISTRY_TOKEN); set"
                + " both for the registry remote, or neither.", userOnly.getMessage());
        assertEquals("MODEL_REGISTRY_PASSWORD is set without MODEL_REGISTRY_USERNAME; set both for the registry"
                + " remote, or neither.", assertThrows(RegistryUsageException.class,
                () -> RemoteCredentials.fromEnvironment(Map.of("MODEL_REGISTRY_PASSWORD", "pa55word"))).getMessage());
        RegistryUsageException twoSecrets = assertThrows(RegistryUsageException.class,
                () -> RemoteCredentials.fromEnvironment(Map.of("MODEL_REGISTRY_TOKEN", "t0ken-1234",
                        "MODEL_REGISTRY_PASSWORD", "pa55word")));
        assertFalse(twoSecrets.getMessage().contains("pa55word") || twoSecrets.getMessage().contains("t0ken-1234"));
    }

    @Test
    void sshRemotesUseJGitsApacheMinaClient() throws Exception {
        try (Git cache = Git.init().setBare(true).setDirectory(dir.resolve("cache").toFile()).call();
             Transport transport = new RemoteTransport(cache.getRepository(),
                     RemoteUrl.parse("git@github.com:acme/registry.git"), RemoteCredentials.NONE).open()) {
            assertTrue(transport instanceof SshTransport);
            assertTrue(((SshTransport) transport).getSshSessionFactory() instanceof SshdSessionFactory);
        }
    }

    private static void assertAnswers(CredentialsProvider provider, String username, String password) {
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password secret = new CredentialItem.Password();
        assertTrue(provider.get(null, user, secret));
        assertEquals(username, user.getValue());
        assertEquals(password, new String(secret.getValue()));
    }
}
