package dev.modelregistry.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.modelregistry.core.domain.Tag;

/**
 * Tags to add to and remove from a list of tags. Adding a tag that is there, or removing one that
 * is not, changes nothing; a tag cannot be both added and removed.
 *
 * @param add the tags to add, appended in this order after the existing ones
 * @param remove the tags to remove
 */
public record TagChanges(Set<Tag> add, Set<Tag> remove) {

    /** No change to the tags. */
    public static final TagChanges NONE = new TagChanges(Set.of(), Set.of());

    /** Copies both sets, keeping their order, and refuses a tag that is in both. */
    public TagChanges {
        add = Collections.unmodifiableSet(new LinkedHashSet<>(add));
        remove = Collections.unmodifiableSet(new LinkedHashSet<>(remove));
        for (Tag tag : add) {
            if (remove.contains(tag)) {
                throw new RegistryUsageException(Input.TAG, "The tag \"" + tag + "\" is both added and removed;"
                        + " keep it in one of the two lists.");
            }
        }
    }

    /** Adds {@code tags}, in this order, and removes none. */
    public static TagChanges add(Tag... tags) {
        return new TagChanges(new LinkedHashSet<>(List.of(tags)), Set.of());
    }

    /** Removes {@code tags} and adds none. */
    public static TagChanges remove(Tag... tags) {
        return new TagChanges(Set.of(), new LinkedHashSet<>(List.of(tags)));
    }

    /** The tags after the change: {@code tags} without the removed ones, then the added ones that were missing. */
    public List<Tag> applyTo(List<Tag> tags) {
        List<Tag> result = new ArrayList<>(tags);
        result.removeAll(remove);
        add.stream().filter(tag -> !result.contains(tag)).forEach(result::add);
        return result;
    }
}
