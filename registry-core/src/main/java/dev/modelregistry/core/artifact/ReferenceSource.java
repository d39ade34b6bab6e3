package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads artifacts that stay at an {@code https:} address recorded in the card. Every hop, the
 * first one included, must pass {@link RemoteAddressPolicy}; no credentials are ever sent.
 */
final class ReferenceSource implements ArtifactSource {

    @Override
    public boolean serves(ArtifactLocation location) {
        return location instanceof ArtifactLocation.Reference;
    }

    @Override
    public Optional<InputStream> open(ArtifactLocation location) throws IOException {
        return GuardedHttp.get(((ArtifactLocation.Reference) location).address(), Optional.empty(), Optional.empty());
    }
}
