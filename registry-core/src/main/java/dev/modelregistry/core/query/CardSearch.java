package dev.modelregistry.core.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.store.RegistryView;

/**
 * Finds versions by a {@link CardFilter}. Only the cards of models whose name passes the filter's
 * name pattern are read.
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
        Stream<ModelCard> sorted = matching(query.filter()).sorted(query.order().comparator());
        return query.limit().isPresent() ? sorted.limit(query.limit().getAsInt()).toList() : sorted.toList();
    }

    /**
     * The version with the best value of {@code metric} among those {@code filter} matches, as
     * {@link Direction#best} picks it; versions lacking the metric are skipped.
     */
    public Optional<ModelCard> best(MetricName metric, Direction direction, CardFilter filter) {
        return direction.best(matching(filter).toList(), metric);
    }

    private Stream<ModelCard> matching(CardFilter filter) {
        filter.stage().ifPresent(view.policy()::stage);
        return view.modelNames().stream()
                .filter(filter::admits)
                .flatMap(name -> view.cards(name).stream())
                .filter(filter::matches);
    }
}
