package dev.modelregistry.core.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.modelregistry.core.card.CardFacts;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.store.RegistryView;

/**
 * Finds versions by a {@link CardFilter}. Only models whose name passes the filter's name pattern
 * are considered; versions are filtered and sorted by their {@link CardFacts}, and only the whole
 * cards returned are read when the view has a card index.
 */
public final class CardSearch {

    private final RegistryView view;

    /** A search over {@code view}. */
    public CardSearch(RegistryView view) {
        this.view = view;
    }

    /**
     * The versions the query matches, sorted and limited as it says.
     *
     * @throws dev.modelregistry.core.IllegalTransitionException (STAGE) when the filter names a
     *         stage the policy does not have, listing the stages
     */
    public List<ModelCard> search(SearchQuery query) {
        Stream<CardFacts> sorted = matching(query.filter()).sorted(query.order().comparator());
        Stream<CardFacts> limited = query.limit().isPresent() ? sorted.limit(query.limit().getAsInt()) : sorted;
        return limited.map(view::card).toList();
    }

    /**
     * The version with the best value of {@code metric} among those {@code filter} matches, as
     * {@link Direction#best} picks it; versions lacking the metric are skipped.
     */
    public Optional<ModelCard> best(MetricName metric, Direction direction, CardFilter filter) {
        return direction.best(matching(filter).toList(), metric).map(view::card);
    }

    private Stream<CardFacts> matching(CardFilter filter) {
        filter.stage().ifPresent(view.policy()::stage);
        return view.modelNames().stream()
                .filter(filter::admits)
                .<CardFacts>flatMap(name -> view.summaries(name).stream())
                .filter(filter::matches);
    }
}
