package dev.modelregistry.core;

import java.time.Clock;
import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.git.ForcedRefWriter;
import dev.modelregistry.core.testing.RegisterLoop;

/**
 * {@link RegisterLoop} with a deliberately broken writer, for tests only: each registration is
 * planned as usual but lands by forcing the branch ({@link ForcedRefWriter}) instead of by
 * compare-and-swap. Takes the same arguments as {@link RegisterLoop} (a local registry only).
 */
public final class ForcedRefRegisterLoop {

    private ForcedRefRegisterLoop() {
    }

    /** Registers the versions with forced ref updates, printing what each writer was told. */
    public static void main(String[] args) {
        RegisterLoop.run(args, (registry, request) -> {
            ModelCard card = ForcedRefWriter.write(registry.repository(), registry.actor(),
                    new Registration(request, registry.actor(), Clock.systemUTC(), Optional.empty()));
            return new RegistrationResult(card, true, Optional.empty());
        });
    }
}
