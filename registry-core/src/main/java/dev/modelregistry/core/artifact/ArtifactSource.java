package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads the bytes of artifacts at one kind of {@link ArtifactLocation}. The caller verifies them. */
public interface ArtifactSource {

    /** True when this source reads {@code location}. */
    boolean serves(ArtifactLocation location);

    /**
     * Opens the bytes at {@code location}, which this source {@link #serves}; empty when the source
     * does not have them. The caller closes the stream.
     *
     * @throws IOException when the source cannot be read
     */
    Optional<InputStream> open(ArtifactLocation location) throws IOException;
}
