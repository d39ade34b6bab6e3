package dev.modelregistry.core;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The write service's answer to a {@link HandedRegistration}: the registration's result, or the
 * error it failed with, as the requester would have had it registering itself. A user's error
 * keeps its kind ({@link ConflictException}, {@link NotFoundException} or another
 * {@link RegistryUsageException}), the input it names and its message; any other error becomes a
 * {@link RegistryInternalException} with the host's message.
 */
final class HandedAnswer {

    private static final byte REGISTERED = 'R';
    private static final byte USAGE = 'U';
    private static final byte INTERNAL = 'I';

    private HandedAnswer() {
    }

    /** The answer for a registration that landed, or found its earlier landing. */
    static byte[] registered(RegistrationResult result) {
        return write(out -> {
            out.writeByte(REGISTERED);
            out.writeBoolean(result.created());
            CardWire.text(out, result.commitId().orElse(""));
            CardWire.write(out, result.card());
        });
    }

    /** The answer for a registration that failed with {@code error}. */
    static byte[] failed(RuntimeException error) {
        return write(out -> {
            if (error instanceof RegistryUsageException usage) {
                out.writeByte(USAGE);
                CardWire.text(out, usage instanceof ConflictException ? "conflict"
                        : usage instanceof NotFoundException ? "not-found" : "usage");
                CardWire.text(out, usage.input().name());
            } else {
                out.writeByte(INTERNAL);
            }
            String message = Objects.requireNonNullElse(error.getMessage(), error.getClass().getSimpleName());
            // an error message is only read: a lone surrogate in it may become '?'
            CardWire.text(out, new String(message.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        });
    }

    /**
     * The result an answer carries.
     *
     * @throws RegistryUsageException or one of its kinds when the registration failed so
     * @throws RegistryInternalException when it failed otherwise, or the answer does not read
     */
    static RegistrationResult read(byte[] answer) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(answer));
        RegistryException failure;
        try {
            byte kind = in.readByte();
            if (kind == REGISTERED) {
                boolean created = in.readBoolean();
                String commit = CardWire.text(in);
                return new RegistrationResult(CardWire.read(in), created,
                        Optional.of(commit).filter(text -> !text.isEmpty()));
            } else if (kind == USAGE) {
                failure = usageError(CardWire.text(in), Input.valueOf(CardWire.text(in)), CardWire.text(in));
            } else if (kind == INTERNAL) {
                failure = new RegistryInternalException("The write service failed to register: "
                        + CardWire.text(in), null);
            } else {
                throw new IOException("an answer of kind " + kind);
            }
        } catch (IOException | RuntimeException e) {
            throw new RegistryInternalException("The write service's answer does not read: " + e.getMessage(), e);
        }
        throw failure;
    }

    private static RegistryUsageException usageError(String kind, Input input, String message) {
        return switch (kind) {
            case "conflict" -> new ConflictException(input, message);
            case "not-found" -> new NotFoundException(input, message);
            default -> new RegistryUsageException(input, message);
        };
    }

    private static byte[] write(CardWire.Body body) {
        try {
            return CardWire.bytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
