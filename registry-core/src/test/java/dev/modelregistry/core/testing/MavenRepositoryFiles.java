package dev.modelregistry.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads what was deployed into a Maven repository directory, the way Maven would. */
public final class MavenRepositoryFiles {

    private MavenRepositoryFiles() {
    }

    /**
     * Asserts that {@code repository} holds exactly {@code versions} of {@code groupPath/artifactId}
     * in Maven's layout: each file with its three checksums, and {@code maven-metadata.xml} (with
     * checksums) listing them, the last one as latest and release.
     */
    public static void assertDeployed(Path repository, String groupPath, String artifactId, String extension,
            List<String> versions) {
        String base = groupPath + "/" + artifactId + "/";
        List<String> expected = new ArrayList<>();
        for (String version : versions) {
            String file = base + version + "/" + artifactId + "-" + version + "." + extension;
            expected.addAll(List.of(file, file + ".md5", file + ".sha1", file + ".sha256"));
            assertChecksums(repository.resolve(file));
        }
        String metadataPath = base + "maven-metadata.xml";
        expected.addAll(List.of(metadataPath, metadataPath + ".md5", metadataPath + ".sha1", metadataPath + ".sha256"));
        assertEquals(expected, ArtifactFiles.filesUnder(repository));
        Path metadata = repository.resolve(metadataPath);
        assertChecksums(metadata);
        assertEquals(groupPath.replace('/', '.'), element(metadata, "groupId"));
        assertEquals(artifactId, element(metadata, "artifactId"));
        String last = versions.get(versions.size() - 1);
        assertEquals(last, element(metadata, "latest"));
        assertEquals(last, element(metadata, "release"));
    }

    /** Asserts that {@code file} has {@code .sha256}, {@code .sha1} and {@code .md5} files holding its digests. */
    public static void assertChecksums(Path file) {
        assertEquals(ArtifactFiles.hex(file, "SHA-256"), read(file.resolveSibling(file.getFileName() + ".sha256")));
        assertEquals(ArtifactFiles.hex(file, "SHA-1"), read(file.resolveSibling(file.getFileName() + ".sha1")));
        assertEquals(ArtifactFiles.hex(file, "MD5"), read(file.resolveSibling(file.getFileName() + ".md5")));
    }

    /** The text of one element of a {@code maven-metadata.xml}, such as {@code versioning/release}. */
    public static String element(Path metadata, String name) {
        return texts(metadata, name).get(0);
    }

    /** The texts of every element called {@code name} in a {@code maven-metadata.xml}. */
    public static List<String> texts(Path metadata, String name) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(metadata.toFile());
            NodeList nodes = document.getElementsByTagName(name);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("cannot read " + metadata, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
