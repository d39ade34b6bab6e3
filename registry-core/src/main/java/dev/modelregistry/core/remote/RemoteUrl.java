package dev.modelregistry.core.remote;

import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jgit.transport.URIish;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * The address of a remote registry repository: {@code https://}, {@code http://},
 * {@code ssh://} (also Git's short form {@code git@host:org/repo.git}), {@code git://} or
 * {@code file://}. It may carry credentials in its user info for the transport, so it is shown
 * only through {@link #toString()}, which leaves them out.
 */
public final class RemoteUrl {

    private static final Set<String> SCHEMES = Set.of("https", "http", "ssh", "git", "file");
    /** {@code scheme://...}, as Git reads it. */
    private static final Pattern WITH_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    /** Git's short ssh form {@code [user@]host:path}: a colon before any slash, and a host longer than a drive letter. */
    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[^@/\\\\:]+@)?[^@/\\\\:]{2,}:(?!//).*");

    private final String text;
    private final URIish uri;

    private RemoteUrl(String text, URIish uri) {
        this.text = text;
        this.uri = uri;
    }

    /**
     * Parses a remote address.
     *
     * @throws RegistryUsageException (REGISTRY) when it is not one of the accepted forms
     */
    public static RemoteUrl parse(String text) {
        if (!looksLikeUrl(text)) {
            throw invalid(text, "it is not a URL");
        }
        URIish uri;
        try {
            uri = new URIish(text);
        } catch (URISyntaxException e) {
            throw invalid(text, "it cannot be read as a Git URL");
        }
        String scheme = uri.getScheme() == null ? "ssh" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw invalid(text, "the scheme " + scheme + " is not supported");
        }
        if (!scheme.equals("file") && (uri.getHost() == null || uri.getHost().isEmpty())) {
            throw invalid(text, "it names no host");
        }
        if (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/")) {
            throw invalid(text, "it names no repository path");
        }
        return new RemoteUrl(text, uri);
    }

    /**
     * True when {@code text} is written as a URL, {@code scheme://...} or Git's short ssh form
     * {@code host:path}, rather than as a local path. A Windows drive ({@code C:\registry}) is a path.
     */
    public static boolean looksLikeUrl(String text) {
        return WITH_SCHEME.matcher(text).matches() || SCP_LIKE.matcher(text).matches();
    }

    private static RegistryUsageException invalid(String text, String problem) {
        return new RegistryUsageException(Input.REGISTRY, "Invalid remote registry \"" + Redaction.ofUrl(text)
                + "\": " + problem + ". Give https://host/org/repo.git, ssh://git@host/org/repo.git,"
                + " git@host:org/repo.git, git://host/repo.git or file:///path/to/repo.git.");
    }

    /** The transport: {@code https}, {@code http}, {@code ssh}, {@code git} or {@code file}. */
    public String scheme() {
        return uri.getScheme() == null ? "ssh" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    /** The host, lower-cased; empty for {@code file://}. */
    public String host() {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** The port, or -1 for the transport's default. */
    public int port() {
        return uri.getPort();
    }

    /** The repository path on the host, such as {@code /org/repo.git} or {@code org/repo.git}. */
    public String path() {
        return uri.getPath();
    }

    /** The address with its credentials, for the transport only. */
    URIish uriish() {
        return uri;
    }

    /** The user name and password in the address, if any: secrets never to print. */
    Set<String> secrets() {
        Set<String> secrets = new HashSet<>();
        if (uri.getPass() != null) {
            secrets.add(uri.getPass());
        }
        if (uri.getUser() != null && !scheme().equals("ssh")) {
            secrets.add(uri.getUser());
        }
        return secrets;
    }

    /**
     * The address without credentials: the password is left out everywhere, and the user name
     * too except for ssh (where it is an account such as {@code git}, not a token).
     */
    @Override
    public String toString() {
        URIish shown = uri.setPass(null);
        if (!scheme().equals("ssh")) {
            shown = shown.setUser(null);
        }
        return shown.toString();
    }

    /** Equal when written the same, credentials included. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RemoteUrl that && text.equals(that.text);
    }

    /** The hash of the text as written. */
    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
