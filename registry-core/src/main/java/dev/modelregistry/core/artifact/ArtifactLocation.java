package dev.modelregistry.core.artifact;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a card says its artifact is, as one of the three URI forms a card may use:
 * {@code store:sha256/<hex>} (the registry's own directory store), {@code maven:<coordinates>} (the
 * configured Maven repository) or an {@code https:} reference. Nothing else is read from a card:
 * {@code file:}, {@code jar:}, {@code http:} and unknown schemes are refused by {@link #parse}.
 */
public sealed interface ArtifactLocation {

    /** The URI as a card writes it. */
    String uri();

    /**
     * Parses a card's artifact URI. The form is checked here, and a reference with user info is
     * refused; a reference's host is checked when it is resolved, just before it is read.
     *
     * @throws UnsafeArtifactUriException for a scheme that is not allowed or a malformed URI
     */
    static ArtifactLocation parse(String uri) {
        String scheme = uri.contains(":") ? uri.substring(0, uri.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        switch (scheme) {
            case Stored.SCHEME:
                return Stored.parse(uri);
            case MavenCoordinates.SCHEME:
                return new InMaven(MavenCoordinates.parse(uri));
            case Reference.SCHEME:
                return Reference.parse(uri);
            default:
                throw new UnsafeArtifactUriException("The artifact URI \"" + UriText.redacted(uri) + "\" is not allowed"
                        + " in a card: only store:, maven: and https: URIs are read. Register the model file into the"
                        + " artifact store instead of pointing at a local or unknown location.");
        }
    }

    /**
     * An artifact in the registry's directory store, by digest.
     *
     * @param sha256 the digest that names the stored file
     */
    record Stored(String sha256) implements ArtifactLocation {

        /** The URI scheme of the directory store. */
        public static final String SCHEME = "store";
        private static final String PREFIX = SCHEME + ":sha256/";
        private static final Pattern FORM = Pattern.compile(Pattern.quote(PREFIX) + "[0-9a-f]{64}");

        /** The store location {@code uri} names, or empty when it is not a well-formed store URI. */
        static Optional<Stored> of(String uri) {
            return FORM.matcher(uri).matches() ? Optional.of(new Stored(uri.substring(PREFIX.length())))
                    : Optional.empty();
        }

        static Stored parse(String uri) {
            return of(uri).orElseThrow(() -> new UnsafeArtifactUriException("Invalid store URI \""
                    + UriText.redacted(uri) + "\": write " + PREFIX + "<64 lower-case hex digits>."));
        }

        @Override
        public String uri() {
            return PREFIX + sha256;
        }
    }

    /**
     * An artifact deployed to the configured Maven repository.
     *
     * @param coordinates where it is in the repository
     */
    record InMaven(MavenCoordinates coordinates) implements ArtifactLocation {

        @Override
        public String uri() {
            return coordinates.toUri();
        }
    }

    /**
     * An artifact that stays where it is, at an {@code https:} address.
     *
     * @param address the absolute https URI
     */
    record Reference(URI address) implements ArtifactLocation {

        /** The only scheme a reference may use. */
        public static final String SCHEME = "https";

        static Reference parse(String uri) {
            try {
                URI address = new URI(uri);
                if (!SCHEME.equals(address.getScheme()) || address.getRawAuthority() == null
                        || address.getHost() == null) {
                    throw new UnsafeArtifactUriException("Invalid artifact URI \"" + UriText.redacted(uri)
                            + "\": a reference is an absolute https://host/path URI.");
                }
                if (address.getRawUserInfo() != null) {
                    throw new UnsafeArtifactUriException("The artifact URI \"" + UriText.redacted(uri) + "\" carries"
                            + " credentials before its host; cards never hold credentials. Remove the user info.");
                }
                if (address.getRawQuery() != null) {
                    throw new UnsafeArtifactUriException("The artifact URI \"" + UriText.redacted(uri) + "\" has a"
                            + " query; cards never hold credentials, and signed URLs carry them and expire. Record"
                            + " a stable https://host/path URI.");
                }
                return new Reference(address);
            } catch (URISyntaxException e) {
                throw new UnsafeArtifactUriException("Invalid artifact URI \"" + UriText.redacted(uri) + "\": "
                        + e.getReason() + "; write an absolute https://host/path URI.");
            }
        }

        @Override
        public String uri() {
            return address.toString();
        }
    }
}
