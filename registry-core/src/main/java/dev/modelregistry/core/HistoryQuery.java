package dev.modelregistry.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;

/**
 * What part of the audit trail to read: the whole registry, one model or one version, optionally
 * only commits made between {@code since} and {@code until} (both inclusive, compared with the
 * commit time), and at most {@code limit} events.
 *
 * <pre>{@code
 * HistoryQuery.forModel(ModelName.of("churn")).withSince(lastWeek).withLimit(20)
 * }</pre>
 *
 * @param model the model whose history to read; empty for the whole registry
 * @param version the version whose history to read; present only with a model
 * @param since the earliest commit time to include
 * @param until the latest commit time to include
 * @param limit the most events to return
 */
public record HistoryQuery(Optional<ModelName> model, Optional<Version> version, Optional<Instant> since,
        Optional<Instant> until, OptionalInt limit) {

    /** Refuses a version without a model, a limit below 1 and a {@code since} after {@code until}. */
    public HistoryQuery {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(limit, "limit");
        if (version.isPresent() && model.isEmpty()) {
            throw new IllegalArgumentException("a version scope needs its model");
        }
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw new RegistryUsageException(Input.OTHER, "The history limit is " + limit.getAsInt()
                    + "; give a limit of at least 1, or none for the whole history.");
        }
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            throw new RegistryUsageException(Input.OTHER, "The history starts (since " + since.get()
                    + ") after it ends (until " + until.get() + "); swap the two times.");
        }
    }

    /** Every event in the registry. */
    public static HistoryQuery forRegistry() {
        return new HistoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty());
    }

    /** The events of one model and its versions, including commits made by hand under its directory. */
    public static HistoryQuery forModel(ModelName model) {
        return forRegistry().withScope(Optional.of(model), Optional.empty());
    }

    /** The events of one version, including commits made by hand under its directory. */
    public static HistoryQuery forVersion(VersionId version) {
        return forRegistry().withScope(Optional.of(version.name()), Optional.of(version.version()));
    }

    /** This query, without commits made before {@code time}. */
    public HistoryQuery withSince(Instant time) {
        return new HistoryQuery(model, version, Optional.of(time), until, limit);
    }

    /** This query, without commits made after {@code time}. */
    public HistoryQuery withUntil(Instant time) {
        return new HistoryQuery(model, version, since, Optional.of(time), limit);
    }

    /** This query, returning at most {@code count} events. */
    public HistoryQuery withLimit(int count) {
        return new HistoryQuery(model, version, since, until, OptionalInt.of(count));
    }

    /** The same scope with no time range and no limit. */
    public HistoryQuery scopeOnly() {
        return forRegistry().withScope(model, version);
    }

    /** True when a commit made at {@code time} is in the time range. */
    public boolean covers(Instant time) {
        return since.map(s -> !time.isBefore(s)).orElse(true) && until.map(u -> !time.isAfter(u)).orElse(true);
    }

    /** True when {@code event} is about the model and version of this scope. */
    public boolean includes(AuditEvent event) {
        return (model.isEmpty() || model.equals(event.model())) && (version.isEmpty() || version.equals(event.version()));
    }

    private HistoryQuery withScope(Optional<ModelName> scopeModel, Optional<Version> scopeVersion) {
        return new HistoryQuery(scopeModel, scopeVersion, since, until, limit);
    }
}
