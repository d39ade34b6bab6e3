package dev.modelregistry.example.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * The digest that {@code model:register} records for the training data (the pom's
 * {@code iris.csv.sha256}, passed in by Surefire) is the digest of the data the training reads.
 */
class IrisDatasetDigestTest {

    @Test
    void thePomRecordsTheDigestOfTheShippedData() throws IOException, NoSuchAlgorithmException {
        String recorded = System.getProperty("iris.csv.sha256");
        assertNotNull(recorded, "Surefire passes the pom property iris.csv.sha256; run the tests with Maven");

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream csv = IrisCsv.class.getResourceAsStream(IrisCsv.RESOURCE)) {
            assertNotNull(csv, IrisCsv.RESOURCE);
            sha256.update(csv.readAllBytes());
        }

        assertEquals(HexFormat.of().formatHex(sha256.digest()), recorded,
                "data/iris.csv changed: put its new SHA-256 into iris.csv.sha256 in iris-training/pom.xml");
    }
}
