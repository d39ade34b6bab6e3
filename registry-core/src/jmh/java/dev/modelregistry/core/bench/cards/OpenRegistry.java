package dev.modelregistry.core.bench.cards;

import java.io.IOException;
import java.nio.file.Path;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.bench.cards.CardRegistries.Size;

/**
 * A generated registry opened for a whole trial, twice: as a {@link ModelRegistry} and for the
 * {@link NaiveCardReader} of the baselines. Benchmarks take {@link Standard}, or extend it with a
 * size of their own.
 */
public abstract class OpenRegistry {

    /** The registry, opened in the setup. */
    ModelRegistry registry;
    /** The baseline reader of the same repository, opened in the setup. */
    NaiveCardReader naive;

    /** Which registry to open. */
    abstract Size size();

    /** Generates or finds the registry, and opens it. */
    @Setup
    public void open() throws IOException, InterruptedException {
        Path dir = CardRegistries.registry(size());
        registry = ModelRegistry.open(dir, RegistryOptions.DEFAULT);
        naive = new NaiveCardReader(dir);
    }

    /** Closes both. */
    @TearDown
    public void close() {
        registry.close();
        naive.close();
    }

    /** The registry of 10,000 cards. */
    @State(Scope.Benchmark)
    public static class Standard extends OpenRegistry {
        @Override
        Size size() {
            return Size.STANDARD;
        }
    }
}
