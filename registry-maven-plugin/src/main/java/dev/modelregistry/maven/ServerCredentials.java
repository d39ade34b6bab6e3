package dev.modelregistry.maven;

import java.util.Locale;
import java.util.Optional;

import org.apache.maven.settings.Server;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import dev.modelregistry.core.artifact.RepositoryCredentials;

/**
 * The credentials a {@code settings.xml} {@code <server>} entry (already decrypted) gives a Maven
 * repository: a user name and password as HTTP basic authentication; a password without a user
 * name, an {@code Authorization: Bearer} header or a {@code Private-Token} header (GitLab) as a
 * bearer token. Header values are read from {@code <configuration><httpHeaders><property>}, as
 * Maven's own HTTP transport reads them. Secrets never appear in what this class returns as text.
 */
public final class ServerCredentials {

    private static final String BEARER = "bearer ";

    private ServerCredentials() {
    }

    /** The credentials of {@code server}, or empty when it has none this plugin can send. */
    public static Optional<RepositoryCredentials> of(Server server) {
        String password = server.getPassword();
        if (given(password)) {
            return Optional.of(given(server.getUsername()) ? RepositoryCredentials.basic(server.getUsername(), password)
                    : RepositoryCredentials.bearer(password));
        }
        return header(server, "Authorization")
                .filter(value -> value.toLowerCase(Locale.ROOT).startsWith(BEARER))
                .map(value -> value.substring(BEARER.length()).strip())
                .or(() -> header(server, "Private-Token"))
                .filter(ServerCredentials::given)
                .map(RepositoryCredentials::bearer);
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

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
