package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The rules for every URL that does not come from configuration: the {@code https:} references in
 * cards, and redirects that leave the configured repository. Such a URL must be {@code https:},
 * carry no user info, and its host must resolve only to addresses that are not loopback,
 * link-local, unspecified ({@code 0.0.0.0}, {@code ::}) or multicast; every address is checked.
 * Private network ranges are allowed, so in-house model servers work. The configured Maven
 * repository URL is exempt: it is configuration, and may be {@code http:}, {@code file:} or local.
 */
final class RemoteAddressPolicy {

    private RemoteAddressPolicy() {
    }

    /**
     * Checks {@code uri}, resolving its host.
     *
     * @throws UnsafeArtifactUriException when a rule is broken
     * @throws IOException when the host cannot be resolved
     */
    static void check(URI uri) throws IOException {
        String shown = UriText.redacted(uri.toString());
        if (!ArtifactLocation.Reference.SCHEME.equals(uri.getScheme())) {
            throw new UnsafeArtifactUriException("The URL \"" + shown + "\" is not allowed: artifact references and"
                    + " redirects must use https.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new UnsafeArtifactUriException("The URL \"" + shown + "\" carries credentials before its host;"
                    + " that is never allowed in references or redirects.");
        }
        if (uri.getHost() == null) {
            throw new UnsafeArtifactUriException("The URL \"" + shown + "\" has no host.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new IOException("cannot resolve the host of " + shown, e);
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                    || address.isMulticastAddress()) {
                throw new UnsafeArtifactUriException("The URL \"" + shown + "\" is not allowed: its host resolves to "
                        + address.getHostAddress() + ", a loopback, link-local, unspecified or multicast address."
                        + " Artifacts must come from a real server or from the configured repository.");
            }
        }
    }
}
