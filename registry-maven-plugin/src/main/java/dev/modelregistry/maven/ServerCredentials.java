package dev.modelregistry.maven;

import java.util.Locale;
import java.util.Optional;

import org.apache.maven.settings.Server;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import dev.modelregistry.core.artifact.RepositoryCredentials;
import dev.modelregistry.core.remote.RemoteCredentials;

/**
 * The credentials a {@code settings.xml} {@code <server>} entry (already decrypted) gives a Maven
 * repository or a remote registry: a user name and password as HTTP basic authentication; a password without a user
 * name, an {@code Authorization: Bearer} header or a {@code Private-Token} header (GitLab) as a
 * bearer token. Header values are read from {@code <configuration><httpHeaders><property>}, as
 * Maven's own HTTP transport reads them. Secrets never appear in what this class returns as text.
 */
public final class ServerCredentials {

    private static final String BEARER = "bearer ";

    private ServerCredentials() {
    }

    /** The credentials of {@code server} for a Maven repository, or empty when it has none this plugin can send. */
    public static Optional<RepositoryCredentials> of(Server server) {
        return secret(server).map(found -> found.token() ? RepositoryCredentials.bearer(found.secret())
                : RepositoryCredentials.basic(found.username().orElseThrow(), found.secret()));
    }

    /**
     * The credentials of {@code server} for a remote registry over https: a user name and password,
     * or a token (a password without a user name, or a header token, sent with the entry's user name
     * when it has one); empty when it has none.
     */
    public static Optional<RemoteCredentials> forRemote(Server server) {
        return secret(server).map(found -> found.token()
                ? found.username().map(user -> RemoteCredentials.token(user, found.secret()))
                        .orElseGet(() -> RemoteCredentials.token(found.secret()))
                : RemoteCredentials.password(found.username().orElseThrow(), found.secret()));
    }

    /** The secret of {@code server}: its password, else a bearer or {@code Private-Token} header. */
    private static Optional<Secret> secret(Server server) {
        Optional<String> username = Optional.ofNullable(server.getUsername()).filter(ServerCredentials::given);
        String password = server.getPassword();
        if (given(password)) {
            return Optional.of(new Secret(username, password, username.isEmpty()));
        }
        return header(server, "Authorization")
                .filter(value -> value.toLowerCase(Locale.ROOT).startsWith(BEARER))
                .map(value -> value.substring(BEARER.length()).strip())
                .or(() -> header(server, "Private-Token"))
                .filter(ServerCredentials::given)
                .map(token -> new Secret(username, token, true));
    }

    private static Optional<String> header(Server server, String name) {
        if (!(server.getConfiguration() instanceof Xpp3Dom configuration)) {
            return Optional.empty();
        }
        Xpp3Dom headers = configuration.getChild("httpHeaders");
        if (headers == null) {
            return Optional.empty();
        }
        for (Xpp3Dom property : headers.getChildren("property")) {
            Xpp3Dom key = property.getChild("name");
            Xpp3Dom value = property.getChild("value");
            if (key != null && value != null && key.getValue() != null && name.equalsIgnoreCase(key.getValue().strip())) {
                return Optional.ofNullable(value.getValue()).map(String::strip);
            }
        }
        return Optional.empty();
    }

    /** A server entry's secret: a password with a user name, or a token (maybe with a user name). */
    private record Secret(Optional<String> username, String secret, boolean token) {
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
