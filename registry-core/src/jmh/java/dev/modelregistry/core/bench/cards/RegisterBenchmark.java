package dev.modelregistry.core.bench.cards;

import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.revwalk.RevCommit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import dev.modelregistry.core.RegistrationResult;

/**
 * Issue 7, target 1: registering one new version into the registry of 10,000 cards, warm, in
 * process, against committing one new card file with JGit's porcelain on a work-tree clone of the
 * same registry. Target: our median at most 1/10 of the baseline's without fsync, at most 1/4
 * with fsync on for both (the parameter {@code fsync}: both values run unless {@code -p} picks one;
 * see {@link PrivateCopy}). Each trial works on a private copy in a temporary directory; every
 * operation adds a new version, the patch after the model's greatest, spread over the 1,000
 * models. Every operation is sampled
 * ({@link Mode#SampleTime}), so JMH reports the median ({@code p0.50}) besides the mean.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RegisterBenchmark {

    /** {@code ModelRegistry.register} of the next new version, on a private copy of the bare registry. */
    @Benchmark
    public RegistrationResult register(RegistryCopy copy) {
        return copy.registerNext();
    }

    /** The baseline: the next new card file written, then JGit's {@code git add} and {@code git commit}. */
    @Benchmark
    public RevCommit gitAddCommit(WorkTreeClone clone) throws Exception {
        return clone.commitNext();
    }
}
