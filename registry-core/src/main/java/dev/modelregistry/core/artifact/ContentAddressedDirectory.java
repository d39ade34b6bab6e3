package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files named by their SHA-256 digest under {@code <root>/sha256/ab/cd/<64 hex digits>}, written
 * through a temporary file in {@code <root>/tmp} and moved into place atomically, so a blob is
 * either complete or absent. The same content is kept once. Both the embedded artifact store and
 * the fetch cache are such directories.
 */
final class ContentAddressedDirectory {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String BLOBS = "sha256";
    private static final String TEMP = "tmp";

    private final Path root;
    private final Clock clock;

    /** The directory at {@code root}; nothing is created until the first write. */
    ContentAddressedDirectory(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The root directory. */
    Path root() {
        return root;
    }

    /** Where the blob with digest {@code sha256} lives (whether or not it exists). */
    Path blobPath(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha256 digest: " + sha256);
        }
        return root.resolve(BLOBS).resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** The blob with digest {@code sha256}, if present. */
    Optional<Path> find(String sha256) {
        Path path = blobPath(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /**
     * Streams {@code in} into the directory, computing its digest on the way, and keeps it under
     * that digest. When the blob is already there and intact it is kept; a damaged one is
     * replaced. Either way its modification time becomes the clock's now, which pruning reads.
     */
    ContentDigest add(InputStream in, ProgressReporter progress) throws IOException {
        Path temp = newTempFile();
        try {
            ContentDigest digest = DigestingCopy.copyToNewFile(in, temp, Long.MAX_VALUE, progress);
            place(temp, digest);
            return digest;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies {@code file}, whose bytes were verified to have {@code digest}, into the directory. */
    void addVerified(Path file, ContentDigest digest) throws IOException {
        if (find(digest.sha256()).isPresent()) {
            return;
        }
        Path temp = newTempFile();
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            place(temp, digest);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes the blob with digest {@code sha256}, if present. */
    void delete(String sha256) throws IOException {
        Files.deleteIfExists(blobPath(sha256));
    }

    /** Every blob, in digest order; files that do not belong to the layout are ignored. */
    List<StoredBlob> list() throws IOException {
        List<StoredBlob> blobs = new ArrayList<>();
        Path dir = root.resolve(BLOBS);
        if (!Files.isDirectory(dir)) {
            return blobs;
        }
        try (Stream<Path> files = Files.walk(dir, 3)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (SHA256.matcher(name).matches() && blobPath(name).equals(file)) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        blobs.add(new StoredBlob(name, attributes.size(), attributes.lastModifiedTime().toInstant()));
                    }
                }
            }
        }
        return blobs;
    }

    /** Removes temporary files last written before {@code cutoff}, left by interrupted writes. */
    void removeTempFilesOlderThan(Instant cutoff) throws IOException {
        Path dir = root.resolve(TEMP);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path newTempFile() throws IOException {
        Path dir = Files.createDirectories(root.resolve(TEMP));
        return Files.createTempFile(dir, "blob-", ".part");
    }

    private void place(Path temp, ContentDigest digest) throws IOException {
        Path target = blobPath(digest.sha256());
        if (!Files.isRegularFile(target) || !intact(target, digest)) {
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
    }

    private static boolean intact(Path blob, ContentDigest digest) throws IOException {
        try (InputStream in = Files.newInputStream(blob)) {
            return DigestingCopy.measure(in, digest.size(), ProgressReporter.silent()).equals(digest);
        }
    }
}
