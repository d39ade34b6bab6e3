package dev.modelregistry.core;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.RetryPolicy;
import dev.modelregistry.core.git.TrailedCommit;
import dev.modelregistry.core.git.WriteServiceEndpoint;
import dev.modelregistry.core.git.WriteServiceEndpoint.HandOff;
import dev.modelregistry.core.store.RegistryView;

/**
 * A local registry's registrations handed to the process that hosts its write service, and the
 * registrations other processes hand to this one while it hosts. A registration is handed over
 * only when another process hosts; when none does this process becomes the host and registers
 * itself. When the host stops without answering, the requester looks for the commit with its
 * {@code Request-Id} on the branch until it is there (the registration landed) or the host is
 * gone without it (it never will land, and the requester registers itself).
 */
final class RegistrationHandOff implements AutoCloseable {

    /** How much longer than its own total wait a requester waits for the host's answer, and for a host that stopped answering to go. */
    private static final long HOST_GRACE_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** How often a requester whose registration went unanswered looks at the branch and the host's lock. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final RegistryRepository repository;
    private final String branch;
    private final RetryPolicy retry;
    private final RegistryListener listener;
    private final WriteServiceEndpoint endpoint;

    /**
     * The hand-off of the local registry in {@code repository} on {@code branch}, telling
     * {@code listener} what it hands over and takes; {@code register} writes a registration
     * another process handed here, by its actor and with its request id.
     */
    RegistrationHandOff(RegistryRepository repository, String branch, RetryPolicy retry, RegistryListener listener,
            HandedWriter register) {
        this.repository = repository;
        this.branch = branch;
        this.retry = retry;
        this.listener = listener;
        this.endpoint = new WriteServiceEndpoint(repository.directory(), message -> serve(message, register));
    }

    /** Writes a registration that another process handed over. */
    interface HandedWriter {
        /** Registers {@code request} by {@code actor}, recording {@code requestId} in the commit. */
        RegistrationResult register(RegisterRequest request, Actor actor, String requestId);
    }

    /**
     * The result of {@code request} by {@code actor}, registered by the process that hosts the
     * write service; empty when this process should register it itself.
     */
    Optional<RegistrationResult> register(RegisterRequest request, Actor actor) {
        if (!endpoint.anotherProcessHosts()) {
            return Optional.empty();
        }
        String requestId = UUID.randomUUID().toString();
        Optional<byte[]> message = new HandedRegistration(requestId, branch, actor, request).encode();
        if (message.isEmpty()) {
            return Optional.empty(); // registering here names the text that cannot be stored
        }
        Optional<String> before = repository.headName();
        HandOff handOff = endpoint.handOff(message.get(), deadline());
        if (handOff instanceof HandOff.WriteHere) {
            return Optional.empty();
        }
        listener.onEvent(new RegistryEvent.HandedOver(request.name().value(), requestId));
        if (handOff instanceof HandOff.Answered answered) {
            return Optional.of(HandedAnswer.read(answered.answer()));
        }
        return landed(request.name(), requestId, before, ((HandOff.Unanswered) handOff).problem());
    }

    /**
     * What became of a registration the host did not answer: its commit once the branch has it,
     * or empty (register it here) once the host is gone without having landed it.
     */
    private Optional<RegistrationResult> landed(ModelName name, String requestId, Optional<String> before,
            String problem) {
        long deadline = deadline();
        while (true) {
            boolean hostGone = endpoint.hostGone();
            Optional<TrailedCommit> commit = repository.commitWithTrailer(before, RegistryTrailers.REQUEST_ID,
                    requestId);
            if (commit.isPresent()) {
                return Optional.of(resultOf(commit.get()));
            }
            if (hostGone) {
                return Optional.empty();
            }
            if (System.nanoTime() - deadline > 0) {
                throw mayStillLand(name, requestId, problem + "; it has not exited", null);
            }
            try {
                TimeUnit.NANOSECONDS.sleep(POLL_NANOS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw mayStillLand(name, requestId, problem + "; waiting for it was interrupted", e);
            }
        }
    }

    private static RegistryInternalException mayStillLand(ModelName name, String requestId, String why,
            Throwable cause) {
        return new RegistryInternalException("The registration of " + name + " was handed to the process that"
                + " writes for this registry, which did not answer (" + why + "), so it may still land: look for it"
                + " with git log --grep='^" + RegistryTrailers.REQUEST_ID + ": " + requestId + "$' before"
                + " registering it again.", cause);
    }

    /** How long a requester waits for the host: as long as the host's write may wait, and a grace. */
    private long deadline() {
        return System.nanoTime() + retry.maxTotalWait().toNanos() + HOST_GRACE_NANOS;
    }

    private RegistrationResult resultOf(TrailedCommit commit) {
        VersionId id = new VersionId(ModelName.of(commit.trailer(RegistryTrailers.MODEL).orElseThrow()),
                Version.parse(commit.trailer(RegistryTrailers.MODEL_VERSION).orElseThrow()));
        ModelCard card = repository.readAt(commit.id(), head -> new RegistryView(head).card(id)).orElseThrow(
                () -> new RegistryInternalException("Commit " + commit.id().name() + " registered " + id
                        + " but holds no card of it", null));
        return new RegistrationResult(card, true, Optional.of(commit.id().name()));
    }

    /**
     * The answer to another process's handed registration; an empty one declines it (another
     * branch, or a request of another format). Never throws: an error is answered.
     */
    private byte[] serve(byte[] message, HandedWriter register) {
        try {
            Optional<HandedRegistration> decoded = HandedRegistration.decode(message);
            if (decoded.isEmpty() || !decoded.get().branch().equals(branch)) {
                return new byte[0];
            }
            HandedRegistration handed = decoded.get();
            listener.onEvent(new RegistryEvent.WritingHandedOver(handed.request().name().value(),
                    handed.actor().toString(), handed.requestId()));
            return HandedAnswer.registered(register.register(handed.request(), handed.actor(), handed.requestId()));
        } catch (IOException e) {
            return HandedAnswer.failed(new RegistryInternalException("The handed registration does not read: "
                    + e.getMessage(), e));
        } catch (RuntimeException e) {
            return HandedAnswer.failed(e);
        }
    }

    /** Stops hosting, once every registration taken has been answered. */
    @Override
    public void close() {
        endpoint.close();
    }
}
