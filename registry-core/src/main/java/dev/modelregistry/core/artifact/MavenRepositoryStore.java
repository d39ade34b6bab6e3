package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import dev.modelregistry.core.ConflictException;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.VersionId;

/**
 * Deploys model files to a Maven repository as {@code <groupId>:<model name>:<model version>},
 * in Maven's repository layout: the file, its {@code .sha256}, {@code .sha1} and {@code .md5}
 * checksums, and the artifact's {@code maven-metadata.xml} (with its checksums), written in that
 * order so the metadata never lists a version whose file is missing. Cards record
 * {@code maven:<groupId>:<artifactId>:<version>:<extension>}; reading resolves that against the
 * configured repository URL. A version deployed once is never overwritten with other content;
 * deploying the same content again only makes sure the metadata lists it.
 */
public final class MavenRepositoryStore implements ArtifactStore {

    private static final String[] CHECKSUMS = {"SHA-256", "SHA-1", "MD5"};
    private static final int MAX_CHECKSUM_BYTES = 1024;

    private final MavenRepository repository;
    private final RepositoryTransport transport;
    private final RegistryListener listener;
    private final Clock clock;

    MavenRepositoryStore(MavenRepository repository, RepositoryTransport transport, RegistryListener listener,
            Clock clock) {
        this.repository = repository;
        this.transport = transport;
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public Artifact put(VersionId id, Path file, String format) {
        MavenCoordinates coordinates = MavenCoordinates.of(repository.groupId(), id, format);
        long size = ModelFiles.requireReadable(file);
        try {
            MessageDigest[] digests = {DigestingCopy.digest("SHA-1"), DigestingCopy.digest("MD5")};
            ContentDigest digest;
            try (InputStream in = Files.newInputStream(file)) {
                digest = DigestingCopy.measure(in, Long.MAX_VALUE, ProgressReporter.silent(), digests);
            }
            if (!alreadyDeployed(coordinates, digest)) {
                String path = coordinates.filePath();
                transport.put(path, file, () -> new ProgressReporter("deploy " + id, size, listener, clock));
                putChecksums(path, new String[] {digest.sha256(), hex(digests[0]), hex(digests[1])});
            }
            listInMetadata(coordinates);
            return new Artifact(coordinates.toUri(), digest.sha256(), digest.size(), format);
        } catch (IOException e) {
            throw new ArtifactTransferException("Cannot deploy " + file + " as " + coordinates.toUri() + " to "
                    + repository.url() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean serves(ArtifactLocation location) {
        return location instanceof ArtifactLocation.InMaven;
    }

    @Override
    public Optional<InputStream> open(ArtifactLocation location) throws IOException {
        return transport.get(((ArtifactLocation.InMaven) location).coordinates().filePath());
    }

    private boolean alreadyDeployed(MavenCoordinates coordinates, ContentDigest digest) throws IOException {
        Optional<InputStream> existing = transport.get(coordinates.filePath() + ".sha256");
        if (existing.isEmpty()) {
            return false;
        }
        String deployed;
        try (InputStream in = existing.get()) {
            deployed = new String(in.readNBytes(MAX_CHECKSUM_BYTES), StandardCharsets.US_ASCII).strip().split("\\s+")[0];
        }
        if (!deployed.equals(digest.sha256())) {
            throw new ConflictException(Input.VERSION, coordinates.versionId() + " is already deployed to "
                    + repository.url() + " as " + coordinates.toUri() + " with other content (sha256 " + deployed
                    + "); a released Maven artifact never changes. Register another version.");
        }
        return true;
    }

    private void listInMetadata(MavenCoordinates coordinates) throws IOException {
        Optional<byte[]> existing = readMetadata(coordinates);
        if (existing.isPresent() && MavenMetadata.versions(existing.get()).contains(coordinates.version().toString())) {
            return;
        }
        byte[] metadata = MavenMetadata.withVersion(existing, coordinates, clock.instant());
        transport.put(coordinates.metadataPath(), metadata);
        putChecksums(coordinates.metadataPath(), checksums(metadata));
    }

    private Optional<byte[]> readMetadata(MavenCoordinates coordinates) throws IOException {
        Optional<InputStream> existing = transport.get(coordinates.metadataPath());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = existing.get()) {
            byte[] xml = in.readNBytes(MavenMetadata.MAX_BYTES + 1);
            if (xml.length > MavenMetadata.MAX_BYTES) {
                throw new IOException(coordinates.metadataPath() + " is larger than " + MavenMetadata.MAX_BYTES
                        + " bytes");
            }
            return Optional.of(xml);
        }
    }

    private void putChecksums(String path, String[] hex) throws IOException {
        for (int i = 0; i < CHECKSUMS.length; i++) {
            String extension = CHECKSUMS[i].replace("-", "").toLowerCase(Locale.ROOT);
            transport.put(path + "." + extension, hex[i].getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static String[] checksums(byte[] content) {
        String[] hex = new String[CHECKSUMS.length];
        for (int i = 0; i < CHECKSUMS.length; i++) {
            hex[i] = HexFormat.of().formatHex(DigestingCopy.digest(CHECKSUMS[i]).digest(content));
        }
        return hex;
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
