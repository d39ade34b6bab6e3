package dev.modelregistry.core.bench.cards;

import java.io.IOException;
import java.nio.file.Path;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.modelregistry.core.bench.cards.CardRegistries.Size;

/**
 * The directory of the registry of 10,000 cards, and nothing opened: for benchmarks that time a
 * fresh JVM's first read, opening included.
 */
@State(Scope.Benchmark)
public class RegistryDir {

    /** The bare registry, found (or generated) in the setup. */
    Path dir;

    /** Generates or finds the registry. */
    @Setup
    public void find() throws IOException, InterruptedException {
        dir = CardRegistries.registry(Size.STANDARD);
    }
}
