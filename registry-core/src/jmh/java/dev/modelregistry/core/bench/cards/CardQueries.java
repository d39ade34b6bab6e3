package dev.modelregistry.core.bench.cards;

import dev.modelregistry.core.bench.HistoryRegistryGenerator;
import dev.modelregistry.core.domain.MetricPredicate;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.query.CardFilter;
import dev.modelregistry.core.query.SearchQuery;

/** What the card benchmarks ask of a generated registry. */
final class CardQueries {

    /** The model that single reads read: one in the middle of the registry. */
    static final String MODEL = HistoryRegistryGenerator.modelName(500);
    /** The version of {@link #MODEL} that exact reads read. */
    static final String VERSION = "1.5.0";
    /** The stage that production reads and the search ask for. */
    static final StageName PRODUCTION = StageName.of("production");
    /** {@code model-0500@production}. */
    static final ModelReference IN_PRODUCTION = ModelReference.parse(MODEL + "@" + PRODUCTION.value());
    /** {@code model-0500@1.5.0}. */
    static final ModelReference EXACT = ModelReference.parse(MODEL + "@" + VERSION);
    /** The versions in production with an accuracy of at least 0.9. */
    static final CardFilter ACCURATE_IN_PRODUCTION = CardFilter.ANY.inStage(PRODUCTION)
            .where(MetricPredicate.parse("accuracy>=0.9"));
    /** {@link #ACCURATE_IN_PRODUCTION}, as a search. */
    static final SearchQuery SEARCH = SearchQuery.matching(ACCURATE_IN_PRODUCTION);

    private CardQueries() {
    }
}
