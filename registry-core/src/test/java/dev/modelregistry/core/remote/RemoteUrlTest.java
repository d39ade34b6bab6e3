package dev.modelregistry.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

class RemoteUrlTest {

    @Test
    void urlsAreRemotesAndEverythingElseIsALocalPath() {
        for (String url : new String[] {"https://github.com/acme/registry.git", "http://git.local/r.git",
                "ssh://git@github.com/acme/registry.git", "git@github.com:acme/registry.git",
                "git://127.0.0.1:9418/registry.git", "file:///srv/registry.git", "github.com:acme/registry.git"}) {
            assertInstanceOf(RegistryLocation.Remote.class, RegistryLocation.parse(url), url);
        }
        for (String path : new String[] {"/srv/registry", "registry", "./registry", "C:\\registry", "C:/registry",
                "../shared/registry.git"}) {
            RegistryLocation location = RegistryLocation.parse(path);
            assertEquals(new RegistryLocation.Local(Path.of(path)), location, path);
        }
    }

    @Test
    void theTransportAndPlaceAreReadFromEveryForm() {
        RemoteUrl scp = RemoteUrl.parse("git@github.com:acme/registry.git");
        assertEquals("ssh", scp.scheme());
        assertEquals("github.com", scp.host());
        assertEquals("acme/registry.git", scp.path());
        RemoteUrl https = RemoteUrl.parse("https://GitLab.example.com:8443/ml/models/registry.git");
        assertEquals("https", https.scheme());
        assertEquals("gitlab.example.com", https.host());
        assertEquals(8443, https.port());
        assertEquals("/ml/models/registry.git", https.path());
    }

    @Test
    void aBadUrlIsAUsageErrorThatShowsTheAcceptedForms() {
        RegistryUsageException scheme = assertThrows(RegistryUsageException.class,
                () -> RemoteUrl.parse("ftp://alice:pw1234@host/registry.git"));
        assertEquals(Input.REGISTRY, scheme.input());
        assertEquals("Invalid remote registry \"ftp://alice:***@host/registry.git\": the scheme ftp is not supported."
                + " Give https://host/org/repo.git, ssh://git@host/org/repo.git, git@host:org/repo.git,"
                + " git://host/repo.git or file:///path/to/repo.git.", scheme.getMessage());
        assertTrue(assertThrows(RegistryUsageException.class, () -> RemoteUrl.parse("https://github.com/"))
                .getMessage().contains("it names no repository path"));
        assertTrue(assertThrows(RegistryUsageException.class, () -> RemoteUrl.parse("/srv/registry"))
                .getMessage().contains("it is not a URL"));
    }

    @Test
    void urlsAreShownWithoutCredentials() {
        assertEquals("https://github.com/acme/registry.git",
                RemoteUrl.parse("https://ghp_0123456789abcdef@github.com/acme/registry.git").toString());
        assertEquals("https://github.com/acme/registry.git",
                RemoteUrl.parse("https://alice:s3cret@github.com/acme/registry.git").toString());
        assertEquals("ssh://git@github.com/acme/registry.git",
                RemoteUrl.parse("ssh://git:s3cret@github.com/acme/registry.git").toString());
        assertEquals("git@github.com:acme/registry.git", RemoteUrl.parse("git@github.com:acme/registry.git").toString());
        assertEquals("fetch https://***@host/r.git failed; https://***@host/r.git; ssh://git:***@h/r",
                Redaction.ofUrl("fetch https://tok3n@host/r.git failed; https://alice:pw@host/r.git; ssh://git:pw@h/r"));
        assertEquals("not authorized for *** at ***", Redaction.of("not authorized for alice-token at s3cret",
                Set.of("alice-token", "s3cret")));
    }

    @Test
    void eachRemoteHasItsOwnCacheNamedByHostAndPathWhateverTheTransport() {
        Path root = Path.of("/home/alice/.model-registry/remotes");
        Path https = RemoteCache.directoryFor(root, RemoteUrl.parse("https://token@github.com/acme/registry.git"));
        Path ssh = RemoteCache.directoryFor(root, RemoteUrl.parse("git@github.com:acme/registry.git"));
        assertEquals(https, ssh);
        assertEquals(root.resolve("github.com"), https.getParent());
        assertTrue(https.getFileName().toString().matches("acme_registry-[0-9a-f]{12}"), https.toString());
        Path otherPort = RemoteCache.directoryFor(root, RemoteUrl.parse("git://127.0.0.1:9419/acme/registry.git"));
        Path port = RemoteCache.directoryFor(root, RemoteUrl.parse("git://127.0.0.1:9418/acme/registry.git"));
        assertNotEquals(port, otherPort);
        assertEquals(root.resolve("127.0.0.1_9418"), port.getParent());
        Path file = RemoteCache.directoryFor(root, RemoteUrl.parse("file:///srv/shared/registry.git/"));
        assertEquals(root.resolve("file"), file.getParent());
        assertTrue(file.getFileName().toString().startsWith("srv_shared_registry-"), file.toString());
        assertFalse(https.toString().contains("token"));
    }
}
