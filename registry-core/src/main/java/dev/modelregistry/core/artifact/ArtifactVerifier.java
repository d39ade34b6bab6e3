package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.card.ModelCard;

/** Re-reads stored artifacts, streaming, and compares their digest and size with what the cards record. */
final class ArtifactVerifier {

    private final ArtifactSources sources;
    private final RegistryListener listener;
    private final Clock clock;

    ArtifactVerifier(ArtifactSources sources, RegistryListener listener, Clock clock) {
        this.sources = sources;
        this.listener = listener;
        this.clock = clock;
    }

    /** Checks the artifact of every card, in order. */
    ArtifactReport verify(List<ModelCard> cards) {
        List<ArtifactCheck> checks = new ArrayList<>();
        for (ModelCard card : cards) {
            checks.add(check(card));
        }
        return new ArtifactReport(checks);
    }

    private ArtifactCheck check(ModelCard card) {
        String uri = UriText.redacted(card.artifact().uri());
        ContentDigest expected = ContentDigest.of(card.artifact());
        try {
            Optional<InputStream> opened = sources.open(ArtifactLocation.parse(card.artifact().uri()));
            if (opened.isEmpty()) {
                return new ArtifactCheck(card.id(), uri, ArtifactStatus.MISSING, "not in its store");
            }
            ContentDigest actual;
            try (InputStream in = opened.get()) {
                actual = DigestingCopy.measure(in, expected.size(),
                        new ProgressReporter("verify " + card.id(), expected.size(), listener, clock));
            }
            if (!actual.equals(expected)) {
                return new ArtifactCheck(card.id(), uri, ArtifactStatus.CORRUPT, "expected " + expected + ", read "
                        + ArtifactFetcher.describe(actual, expected));
            }
            return new ArtifactCheck(card.id(), uri, ArtifactStatus.OK, "");
        } catch (RegistryUsageException e) {
            return new ArtifactCheck(card.id(), uri, ArtifactStatus.UNCHECKED, e.getMessage());
        } catch (IOException | ArtifactTransferException e) {
            return new ArtifactCheck(card.id(), uri, ArtifactStatus.UNCHECKED, "cannot read it: " + e.getMessage());
        }
    }
}
