package dev.modelregistry.core.artifact;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * How to authenticate to a Maven repository: nothing, a user name and password (HTTP basic), or
 * a bearer token. The caller supplies them (the Maven plugin reads a {@code settings.xml} server
 * entry). They are sent only to the configured repository's own origin, and never appear in
 * messages, events, cards or exceptions: {@link #toString()} shows the kind and user name only.
 */
public final class RepositoryCredentials {

    /** No credentials: anonymous access. */
    public static final RepositoryCredentials NONE = new RepositoryCredentials("no credentials", Optional.empty());

    private final String description;
    private final Optional<String> authorization;

    private RepositoryCredentials(String description, Optional<String> authorization) {
        this.description = description;
        this.authorization = authorization;
    }

    /** HTTP basic authentication as {@code username}. */
    public static RepositoryCredentials basic(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new RepositoryCredentials("basic authentication as " + username, Optional.of("Basic " + token));
    }

    /** A bearer token, as package registries such as GitHub Packages accept. */
    public static RepositoryCredentials bearer(String token) {
        Objects.requireNonNull(token, "token");
        return new RepositoryCredentials("a bearer token", Optional.of("Bearer " + token));
    }

    /** The value of the {@code Authorization} header, if any. */
    Optional<String> authorization() {
        return authorization;
    }

    /** The kind of credentials and the user name, never the secret. */
    @Override
    public String toString() {
        return description;
    }
}
