package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.apache.maven.settings.Server;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

import dev.modelregistry.core.artifact.RepositoryCredentials;

class ServerCredentialsTest {

    @Test
    void aUserNameAndPasswordAreBasicAuthenticationAndAPasswordAloneIsAToken() {
        Server basic = server("alice", "s3cret");
        Server token = server(null, "ghp_t0ken");

        assertEquals("basic authentication as alice", describe(ServerCredentials.of(basic)));
        assertEquals("a bearer token", describe(ServerCredentials.of(token)));
    }

    @Test
    void readsABearerOrPrivateTokenHeaderFromTheServerConfiguration() {
        Server bearer = server(null, null);
        bearer.setConfiguration(headers("Authorization", "Bearer abc"));
        Server gitlab = server(null, null);
        gitlab.setConfiguration(headers("Private-Token", "glpat-xyz"));
        Server other = server(null, null);
        other.setConfiguration(headers("X-Custom", "value"));

        assertEquals("a bearer token", describe(ServerCredentials.of(bearer)));
        assertEquals("a bearer token", describe(ServerCredentials.of(gitlab)));
        assertFalse(ServerCredentials.of(other).isPresent());
        assertFalse(ServerCredentials.of(server("alice", null)).isPresent());
    }

    @Test
    void aRemoteRegistryGetsAPasswordOrATokenWithTheEntrysUserName() {
        Server gitlab = server("ci-bot", null);
        gitlab.setConfiguration(headers("Private-Token", "glpat-xyz"));

        assertEquals("user name and password of alice", ServerCredentials.forRemote(server("alice", "s3cret"))
                .orElseThrow().toString());
        assertEquals("a token for x-access-token", ServerCredentials.forRemote(server(null, "ghp_t0ken"))
                .orElseThrow().toString());
        assertEquals("a token for ci-bot", ServerCredentials.forRemote(gitlab).orElseThrow().toString());
        assertFalse(ServerCredentials.forRemote(server("alice", null)).isPresent());
    }

    @Test
    void theSecretNeverShowsAsText() {
        String shown = describe(ServerCredentials.of(server("alice", "s3cret")));
        assertTrue(!shown.contains("s3cret"), shown);
    }

    private static Server server(String username, String password) {
        Server server = new Server();
        server.setId("models");
        server.setUsername(username);
        server.setPassword(password);
        return server;
    }

    /** {@code <configuration><httpHeaders><property><name>..</name><value>..</value></property></httpHeaders>}. */
    private static Xpp3Dom headers(String name, String value) {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom headers = new Xpp3Dom("httpHeaders");
        Xpp3Dom property = new Xpp3Dom("property");
        Xpp3Dom key = new Xpp3Dom("name");
        key.setValue(name);
        Xpp3Dom text = new Xpp3Dom("value");
        text.setValue(value);
        property.addChild(key);
        property.addChild(text);
        headers.addChild(property);
        configuration.addChild(headers);
        return configuration;
    }

    private static String describe(Optional<RepositoryCredentials> credentials) {
        return credentials.map(RepositoryCredentials::toString).orElse("none");
    }
}
