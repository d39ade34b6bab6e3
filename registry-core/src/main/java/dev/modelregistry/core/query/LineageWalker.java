package dev.modelregistry.core.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.query.LineageNode.Status;
import dev.modelregistry.core.store.RegistryView;

/**
 * Builds the lineage trees of a version from the {@code lineage.parents} of every card. It never
 * loops and never fails on a damaged lineage: a parent without a card is shown
 * {@link Status#MISSING}, a version met again on its own path (a cycle, which only hand editing
 * can make) {@link Status#CYCLE}, and a version whose next generations were already shown
 * {@link Status#SHOWN_ABOVE}, which keeps the tree about as small as the lineage graph. (A version that the depth limit
 * cut short deeper down is shown again where it has more room.)
 */
public final class LineageWalker {

    /** The depth meaning "every generation". */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private static final String DEPTH_FIX =
            "give how many generations to show, or leave the depth out for all of them";

    private final RegistryView view;

    /** A walker over {@code view}. */
    public LineageWalker(RegistryView view) {
        this.view = view;
    }

    /**
     * The ancestors and descendants of {@code root}, each at most {@code maxDepth} generations
     * deep. Parents are listed in the order the card gives them, children by model name and
     * version. Reads every card once to find the children.
     *
     * @param maxDepth at least 1, or {@link #UNLIMITED}
     * @throws dev.modelregistry.core.RegistryUsageException (OTHER) when {@code maxDepth} is below 1
     */
    public LineageReport lineage(ModelCard root, int maxDepth) {
        Counts.atLeastOne("lineage depth", maxDepth, DEPTH_FIX);
        Map<VersionId, List<VersionId>> children = childrenIndex();
        LineageNode ancestors = new Walk(id -> view.card(id).map(card -> card.lineage().parents()), maxDepth)
                .node(root.id(), 0);
        LineageNode descendants = new Walk(id -> Optional.of(children.getOrDefault(id, List.of())), maxDepth)
                .node(root.id(), 0);
        return new LineageReport(ancestors, descendants);
    }

    /** Each version named as a parent, to the versions that name it, in {@link VersionId#ORDER}. */
    private Map<VersionId, List<VersionId>> childrenIndex() {
        Map<VersionId, Set<VersionId>> index = new HashMap<>();
        for (ModelCard card : view.allCards()) {
            for (VersionId parent : card.lineage().parents()) {
                index.computeIfAbsent(parent, p -> new TreeSet<>(VersionId.ORDER)).add(card.id());
            }
        }
        Map<VersionId, List<VersionId>> lists = new HashMap<>();
        index.forEach((parent, kids) -> lists.put(parent, List.copyOf(kids)));
        return lists;
    }

    /** One depth-first walk along {@code edges}, which is empty for a version without a card. */
    private static final class Walk {

        private final Function<VersionId, Optional<List<VersionId>>> edges;
        private final int maxDepth;
        private final Set<VersionId> path = new HashSet<>();
        /** Each version shown with its next generation, to the least depth it was shown at. */
        private final Map<VersionId, Integer> expandedAt = new HashMap<>();
        /** The versions shown with a next generation that the depth limit cut short. */
        private final Set<VersionId> cutShort = new HashSet<>();

        Walk(Function<VersionId, Optional<List<VersionId>>> edges, int maxDepth) {
            this.edges = edges;
            this.maxDepth = maxDepth;
        }

        LineageNode node(VersionId id, int depth) {
            if (path.contains(id)) {
                return LineageNode.leaf(id, Status.CYCLE);
            }
            Optional<List<VersionId>> next = edges.apply(id);
            if (next.isEmpty()) {
                return LineageNode.leaf(id, Status.MISSING);
            }
            if (next.get().isEmpty()) {
                return LineageNode.leaf(id, Status.PRESENT);
            }
            if (shownAbove(id, depth)) {
                return LineageNode.leaf(id, Status.SHOWN_ABOVE);
            }
            if (depth == maxDepth) {
                cutShort.addAll(path);
                return LineageNode.leaf(id, Status.DEPTH_LIMIT);
            }
            expandedAt.put(id, depth);
            path.add(id);
            List<LineageNode> below = new ArrayList<>();
            for (VersionId nextId : next.get()) {
                below.add(node(nextId, depth + 1));
            }
            path.remove(id);
            return new LineageNode(id, Status.PRESENT, below);
        }

        /** Whether {@code id} was shown before with at least as many generations as it would get at {@code depth}. */
        private boolean shownAbove(VersionId id, int depth) {
            Integer shownAt = expandedAt.get(id);
            return shownAt != null && (shownAt <= depth || !cutShort.contains(id));
        }
    }
}
