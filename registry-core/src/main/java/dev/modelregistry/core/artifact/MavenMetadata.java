package dev.modelregistry.core.artifact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The artifact-level {@code maven-metadata.xml} of a Maven repository: the versions deployed of
 * one {@code groupId:artifactId}, with {@code latest} and {@code release} set to the version
 * deployed last, as Maven's own deploy does.
 */
final class MavenMetadata {

    /** The largest metadata file read; anything longer is not metadata this library wrote or can trust. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final DateTimeFormatter LAST_UPDATED =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private MavenMetadata() {
    }

    /** The metadata after deploying {@code coordinates}: the versions of {@code existing} plus its version. */
    static byte[] withVersion(Optional<byte[]> existing, MavenCoordinates coordinates, Instant now) throws IOException {
        List<String> versions = new ArrayList<>(existing.isPresent() ? versions(existing.get()) : List.of());
        String version = coordinates.version().toString();
        if (!versions.contains(version)) {
            versions.add(version);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata>\n")
                .append("  <groupId>").append(coordinates.groupId()).append("</groupId>\n")
                .append("  <artifactId>").append(coordinates.artifactId()).append("</artifactId>\n")
                .append("  <versioning>\n")
                .append("    <latest>").append(version).append("</latest>\n")
                .append("    <release>").append(version).append("</release>\n")
                .append("    <versions>\n");
        for (String v : versions) {
            xml.append("      <version>").append(escape(v)).append("</version>\n");
        }
        xml.append("    </versions>\n")
                .append("    <lastUpdated>").append(LAST_UPDATED.format(now)).append("</lastUpdated>\n")
                .append("  </versioning>\n</metadata>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code versioning/versions/version} texts of a metadata file, read without DTDs or external entities. */
    static List<String> versions(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            NodeList nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
                    .getElementsByTagName("version");
            List<String> versions = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                if ("versions".equals(nodes.item(i).getParentNode().getNodeName())) {
                    versions.add(nodes.item(i).getTextContent().strip());
                }
            }
            return versions;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the repository's maven-metadata.xml is not valid XML: " + e.getMessage(), e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
