package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.CardProse;
import dev.modelregistry.core.card.Dataset;
import dev.modelregistry.core.card.ExportedArtifact;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.Resources;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

/** A registration handed to the write service arrives as it was asked, and its answer as the host had it. */
class HandedRegistrationTest {

    private static final Actor BOB = new Actor("Bob Builder", "bob@example.com");
    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void everyFieldOfARequestArrivesAsItWasAsked() throws IOException {
        RegisterRequest request = Samples.request("churn", "a").version(Version.parse("2.1.0-rc.1"))
                .owner("team-churn").description("weekly churn scorer: \"quoted\", 'single', # not a comment")
                .modelType("gradient boosting").framework("xgboost").taskType("classification")
                .metrics(Map.of("accuracy", 0.93, "auc", 1e-7)).hyperparameters(Map.of("depth", "6", "eta", "0.10"))
                .tags(List.of(Tag.of("weekly"), Tag.of("team=churn")))
                .exports(List.of(new ExportedArtifact("onnx", "file:///m.onnx", Samples.sha256("o"),
                        Map.of("opset", "17"))))
                .lineage(new Lineage(List.of(VersionId.parse("base@1.0.0")), List.of(new Dataset("s3://d/churn.csv",
                        "2026-11", Samples.sha256("d"))), "https://git.example.com/churn.git", "abc123", "ci-42",
                        "https://ci.example.com/42"))
                .configHash(Samples.sha256("config")).resources(new Resources(1_000, 2_000))
                .metadata(Map.of("notes", List.of("a", Map.of("b", 1)), "ünïcode", "✓"))
                .prose(new CardProse("scoring", "not for new accounts", "none known", List.of("tenure"))).build();

        HandedRegistration handed = new HandedRegistration(ID, "main", BOB, request);

        assertEquals(Optional.of(handed), HandedRegistration.decode(handed.encode().orElseThrow()));
    }

    @Test
    void aRequestWithoutAVersionKeepsItsBump() throws IOException {
        RegisterRequest request = Samples.request("churn", "a").bump(Bump.MAJOR).build();

        RegisterRequest arrived = HandedRegistration.decode(new HandedRegistration(ID, "registry", BOB, request)
                .encode().orElseThrow()).orElseThrow().request();

        assertEquals(request, arrived);
        assertEquals(Bump.MAJOR, arrived.bump());
    }

    @Test
    void bytesThatAreNoRequestAreRefused() {
        assertThrows(IOException.class,
                () -> HandedRegistration.decode("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.UTF_8)));
        byte[] truncated = Arrays.copyOf(new HandedRegistration(ID, "main", BOB, Samples.request("churn", "a")
                .build()).encode().orElseThrow(), 60);
        assertThrows(IOException.class, () -> HandedRegistration.decode(truncated));
    }

    @Test
    void aRequestOfAnotherFormatIsDeclinedNotFailed() throws IOException {
        assertEquals(Optional.empty(), HandedRegistration.decode(new byte[] {0, 0, 0, 3, 'a', 'b', 'c'}));
    }

    @Test
    void textThatWouldNotArriveAsItIsIsNotHandedOver() {
        RegisterRequest loneSurrogate = Samples.request("churn", "a").description("half a pair: \uD83D").build();

        assertEquals(Optional.empty(), new HandedRegistration(ID, "main", BOB, loneSurrogate).encode());
    }

    @Test
    void aUserErrorKeepsItsKindInputAndMessage() {
        byte[] answer = HandedAnswer.failed(new ConflictException(Input.VERSION, "Version churn@1.0.0 already exists"));

        ConflictException error = assertThrows(ConflictException.class, () -> HandedAnswer.read(answer));

        assertEquals(Input.VERSION, error.input());
        assertEquals("Version churn@1.0.0 already exists", error.getMessage());
        NotFoundException missing = assertThrows(NotFoundException.class, () -> HandedAnswer.read(
                HandedAnswer.failed(new NotFoundException(Input.PARENT, "Parent base@1.0.0 is not in the registry"))));
        assertEquals(Input.PARENT, missing.input());
        RegistryUsageException other = assertThrows(RegistryUsageException.class, () -> HandedAnswer.read(
                HandedAnswer.failed(new RegistryUsageException(Input.ACTOR, "The actor's name is empty"))));
        assertEquals(Input.ACTOR, other.input());
    }

    @Test
    void anUnexpectedErrorStaysUnexpected() {
        RegistryInternalException error = assertThrows(RegistryInternalException.class,
                () -> HandedAnswer.read(HandedAnswer.failed(new IllegalStateException("disk on fire"))));

        assertEquals("The write service failed to register: disk on fire", error.getMessage());
    }

    @Test
    void anAnswerThatDoesNotReadIsAnUnexpectedError() {
        RegistryInternalException error = assertThrows(RegistryInternalException.class,
                () -> HandedAnswer.read(new byte[] {'R', 1}));
        assertInstanceOf(IOException.class, error.getCause());
        RegistryInternalException hostile = assertThrows(RegistryInternalException.class,
                () -> HandedAnswer.read(new byte[] {'U', 0, 0, 0, 1, 'x', 0, 0, 0, 4, 'N', 'O', 'P', 'E', 0, 0, 0, 0}));
        assertInstanceOf(IllegalArgumentException.class, hostile.getCause(), "an input that does not exist");
    }

    @Test
    void aRegistrationsResultArrivesWhole(@TempDir Path dir) {
        RegistrationResult result;
        try (ModelRegistry registry = new TestRegistries().open(dir.resolve("registry"))) {
            result = registry.register(Samples.request("churn", "a").description("first").metrics(
                    Map.of("accuracy", 0.5)).build());
        }

        assertEquals(result, HandedAnswer.read(HandedAnswer.registered(result)));
        assertArrayEquals(HandedAnswer.registered(result), HandedAnswer.registered(HandedAnswer.read(
                HandedAnswer.registered(result))));
    }
}
