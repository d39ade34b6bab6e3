package dev.modelregistry.core.remote;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.Transport;

/**
 * Opens JGit transports from a cache clone to its remote, with the credentials and the ssh client,
 * and words their failures for people, without credentials.
 */
final class RemoteTransport {

    /** How long a transport waits for the remote to answer before it gives up. */
    private static final int TIMEOUT_SECONDS = 120;

    private final Repository cache;
    private final RemoteUrl url;
    private final RemoteCredentials credentials;
    private final Set<String> secrets;

    RemoteTransport(Repository cache, RemoteUrl url, RemoteCredentials credentials) {
        this.cache = cache;
        this.url = url;
        this.credentials = credentials;
        Set<String> all = new HashSet<>(url.secrets());
        all.addAll(credentials.secrets());
        this.secrets = Set.copyOf(all);
    }

    /** A new transport to the remote; the caller closes it. */
    Transport open() throws IOException {
        Transport transport = Transport.open(cache, url.uriish());
        transport.setTimeout(TIMEOUT_SECONDS);
        credentials.provider().ifPresent(transport::setCredentialsProvider);
        SshSessions.configure(transport);
        return transport;
    }

    /** The error for a transport failure while doing {@code action} (such as {@code fetch main from}). */
    RemoteAccessException failure(String action, IOException e) {
        return new RemoteAccessException("Cannot " + action + " the registry " + url + " (with " + credentials + "): "
                + redact(e.getMessage()) + ". Check the URL, the network and the credentials for this remote: "
                + RemoteCredentials.TOKEN_VARIABLE + ", or " + RemoteCredentials.USERNAME_VARIABLE + " and "
                + RemoteCredentials.PASSWORD_VARIABLE + ", for https; the keys and known_hosts in ~/.ssh for ssh.");
    }

    /** {@code text} without any of this remote's credentials. */
    String redact(String text) {
        return Redaction.of(String.valueOf(text), secrets);
    }
}
