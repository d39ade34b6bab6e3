package dev.modelregistry.core;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.git.Actor;

/**
 * A registration one process hands to the write service of another: who asks, on which branch,
 * under which request id, and the request itself. On the wire the request's card fields travel as
 * a card ({@link CardWire}), so that the host builds the very card this process would have built;
 * a fixed version, stage and time stand in for the ones the host decides.
 *
 * @param requestId the id the host records in the commit's {@code Request-Id} trailer, a UUID
 * @param branch the registry branch the request is for
 * @param actor who registers: the commit's author
 * @param request what to register
 */
record HandedRegistration(String requestId, String branch, Actor actor, RegisterRequest request) {

    private static final String FORMAT = "model-registry/register/1";
    private static final Version STAND_IN_VERSION = Version.parse("0.0.0");
    private static final StageName STAND_IN_STAGE = StageName.of("requested");

    /** The request as bytes; empty when a text in it is not valid UTF-16 and would not arrive as it is. */
    Optional<byte[]> encode() {
        ModelCard card = new ModelCard(request.name(), request.version().orElse(STAND_IN_VERSION), STAND_IN_STAGE,
                Instant.EPOCH, actor.toString(), request.description(), request.modelType(), request.framework(),
                request.taskType(), request.metrics(), request.hyperparameters(), request.tags(), request.artifact(),
                request.exports(), request.lineage(), request.configHash(), request.resources(), request.metadata(),
                request.prose());
        try {
            return Optional.of(CardWire.bytes(out -> {
                for (String text : new String[] {FORMAT, requestId, branch, actor.name(), actor.email()}) {
                    CardWire.text(out, text);
                }
                out.writeBoolean(request.version().isPresent());
                CardWire.text(out, request.bump().name());
                CardWire.text(out, request.owner());
                CardWire.write(out, card);
            }));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a request that {@link #encode} wrote; empty when it is of another format (a process of
     * another version), which the host declines.
     *
     * @throws IOException when the bytes are not such a request
     * @throws RuntimeException when a field is not valid; a {@link RegistryUsageException} names it
     */
    static Optional<HandedRegistration> decode(byte[] message) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(message));
        if (!CardWire.text(in).equals(FORMAT)) {
            return Optional.empty();
        }
        String requestId = UUID.fromString(CardWire.text(in)).toString();
        String branch = CardWire.text(in);
        Actor actor = new Actor(CardWire.text(in), CardWire.text(in));
        boolean versionGiven = in.readBoolean();
        Bump bump = Bump.valueOf(CardWire.text(in));
        String owner = CardWire.text(in);
        ModelCard card = CardWire.read(in);
        if (in.available() > 0) {
            throw new IOException("a write service request with " + in.available() + " bytes too many");
        }
        RegisterRequest request = new RegisterRequest(card.name(),
                versionGiven ? Optional.of(card.version()) : Optional.empty(), bump, owner, card.description(),
                card.modelType(), card.framework(), card.taskType(), card.metrics(), card.hyperparameters(),
                card.tags(), card.artifact(), card.exports(), card.lineage(), card.configHash(), card.resources(),
                card.metadata(), card.prose());
        return Optional.of(new HandedRegistration(requestId, branch, actor, request));
    }
}
