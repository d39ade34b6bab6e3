package dev.modelregistry.core.bench.cards;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;

import dev.modelregistry.core.bench.GeneratedCard;
import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.VersionId;

/**
 * The baseline reader: what a program that knows the file layout but keeps nothing does. Every
 * call reads the head of {@code main}, finds the {@code card.yaml} blobs it needs with a JGit
 * {@link TreeWalk}, and parses each with the core's strict {@link CardYaml#read}.
 */
final class NaiveCardReader implements AutoCloseable {

    private static final String MAIN = "refs/heads/main";

    private final Repository repository;

    /** Opens the repository at {@code gitDir}. */
    NaiveCardReader(Path gitDir) throws IOException {
        repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
    }

    /** The card of {@code name@version}: one {@link TreeWalk#forPath} lookup and one parse. */
    ModelCard card(String name, String version) throws IOException {
        String path = GeneratedCard.path(name, version);
        try (ObjectReader reader = repository.newObjectReader();
                TreeWalk walk = TreeWalk.forPath(reader, path, head(reader))) {
            if (walk == null) {
                throw new NoSuchFileException(path);
            }
            return CardYaml.read(path, reader.open(walk.getObjectId(0)).getBytes(),
                    VersionId.parse(name + "@" + version));
        }
    }

    /** The greatest version of {@code name} in {@code stage}, found by parsing every card of the model. */
    Optional<ModelCard> inStage(String name, StageName stage) throws IOException {
        return cards("models/" + name).stream().filter(card -> card.stage().equals(stage))
                .max(Comparator.comparing(ModelCard::id, VersionId.ORDER));
    }

    /** Every card below the directory {@code prefix} (such as {@code models}), parsed, in path order. */
    List<ModelCard> cards(String prefix) throws IOException {
        List<ModelCard> cards = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(head(reader));
            walk.setRecursive(true);
            walk.setFilter(AndTreeFilter.create(PathFilter.create(prefix), PathSuffixFilter.create("/card.yaml")));
            while (walk.next()) {
                String path = walk.getPathString();
                String[] segments = path.split("/");
                cards.add(CardYaml.read(path, reader.open(walk.getObjectId(0)).getBytes(),
                        VersionId.parse(segments[1] + "@" + segments[2])));
            }
        }
        return cards;
    }

    private RevTree head(ObjectReader reader) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            return walk.parseCommit(repository.resolve(MAIN)).getTree();
        }
    }

    /** Closes the repository. */
    @Override
    public void close() {
        repository.close();
    }
}
