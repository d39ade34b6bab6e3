package dev.modelregistry.core.remote;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * How to authenticate to a remote registry over {@code https}: nothing, a user name and password,
 * or a token. Over {@code ssh} the keys, {@code ~/.ssh/config} and {@code known_hosts} of the user
 * are used, through JGit's Apache MINA SSH client; a password given here also answers an ssh
 * password prompt. The caller supplies them (the Maven plugin from a {@code settings.xml}
 * {@code <server>}), or they come from the environment (see {@link #fromEnvironment}). They never
 * appear in messages, events, cards or exceptions: {@link #toString()} shows the kind and the user
 * name only.
 */
public final class RemoteCredentials {

    /** The environment variable holding a token (a personal access token, a CI job token). */
    public static final String TOKEN_VARIABLE = "MODEL_REGISTRY_TOKEN";
    /** The environment variable holding the user name, for a password or for a token on hosts that need one. */
    public static final String USERNAME_VARIABLE = "MODEL_REGISTRY_USERNAME";
    /** The environment variable holding a password, with {@link #USERNAME_VARIABLE}. */
    public static final String PASSWORD_VARIABLE = "MODEL_REGISTRY_PASSWORD";
    /** The user name sent with a token when none is given; GitHub, GitLab and Gitea accept any user name with a token. */
    public static final String TOKEN_USERNAME = "x-access-token";

    /** No credentials: anonymous access, or what the URL itself carries. */
    public static final RemoteCredentials NONE = new RemoteCredentials("no credentials", null, null);

    private final String description;
    private final String username;
    private final String secret;

    private RemoteCredentials(String description, String username, String secret) {
        this.description = description;
        this.username = username;
        this.secret = secret;
    }

    /** A user name and password (or an app password), sent by HTTP basic authentication. */
    public static RemoteCredentials password(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        return new RemoteCredentials("user name and password of " + username, username, password);
    }

    /** A token, sent as the password of the user {@link #TOKEN_USERNAME}. */
    public static RemoteCredentials token(String token) {
        return token(TOKEN_USERNAME, token);
    }

    /** A token, sent as the password of {@code username}, for hosts that need the real user name with it. */
    public static RemoteCredentials token(String username, String token) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(token, "token");
        return new RemoteCredentials("a token for " + username, username, token);
    }

    /**
     * The credentials the environment gives: {@value #TOKEN_VARIABLE} (with
     * {@value #USERNAME_VARIABLE} when set), else {@value #USERNAME_VARIABLE} and
     * {@value #PASSWORD_VARIABLE}, else none. Empty values count as unset.
     *
     * @throws RegistryUsageException (REGISTRY) when the variables set do not make one kind of
     *         credentials, naming them
     */
    public static RemoteCredentials fromEnvironment(Map<String, String> environment) {
        Optional<String> token = variable(environment, TOKEN_VARIABLE);
        Optional<String> username = variable(environment, USERNAME_VARIABLE);
        Optional<String> password = variable(environment, PASSWORD_VARIABLE);
        if (token.isPresent() && password.isPresent()) {
            throw new RegistryUsageException(Input.REGISTRY, "Both " + TOKEN_VARIABLE + " and " + PASSWORD_VARIABLE
                    + " are set; set only one of them for the registry remote.");
        }
        if (token.isPresent()) {
            return token(username.orElse(TOKEN_USERNAME), token.get());
        }
        if (username.isPresent() != password.isPresent()) {
            throw new RegistryUsageException(Input.REGISTRY, (username.isPresent() ? USERNAME_VARIABLE
                    : PASSWORD_VARIABLE) + " is set without " + (username.isPresent() ? PASSWORD_VARIABLE + " (or "
                    + TOKEN_VARIABLE + ")" : USERNAME_VARIABLE) + "; set both for the registry remote, or neither.");
        }
        return username.map(user -> password(user, password.get())).orElse(NONE);
    }

    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isEmpty());
    }

    /** The JGit provider answering with these credentials; empty for none. */
    Optional<CredentialsProvider> provider() {
        return secret == null ? Optional.empty() : Optional.of(new UsernamePasswordCredentialsProvider(username, secret));
    }

    /** The secret, to keep out of every message. */
    Set<String> secrets() {
        return secret == null ? Set.of() : Set.of(secret);
    }

    /** The kind of credentials and the user name, never the secret. */
    @Override
    public String toString() {
        return description;
    }
}
