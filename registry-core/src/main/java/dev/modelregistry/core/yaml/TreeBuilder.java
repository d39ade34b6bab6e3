package dev.modelregistry.core.yaml;

import com.fasterxml.jackson.core.JsonToken;
import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.yaml.YamlMapping.Entry;
import dev.modelregistry.core.yaml.YamlScalar.Kind;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Builds the {@link YamlNode} tree of one document from a parser's tokens, without recursion (the
 * open containers sit on an explicit stack), checking every key and node as it arrives.
 */
final class TreeBuilder {

    private final String path;
    private final EventYamlParser parser;
    private final Deque<Container> open = new ArrayDeque<>();

    TreeBuilder(String path, EventYamlParser parser) {
        this.path = path;
        this.parser = parser;
    }

    /** Reads the one document of the file, which must be a mapping. */
    YamlMapping document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw empty();
        }
        YamlNode root = node(first);
        if (root instanceof YamlScalar scalar && scalar.kind() == Kind.NULL && scalar.text().isEmpty()) {
            throw empty();
        }
        if (!(root instanceof YamlMapping mapping)) {
            throw new InvalidRegistryFileException(path, root.line(),
                    "the document must be a mapping of fields, found " + (root instanceof YamlSequence ? "a list"
                            : "a single value"),
                    "write the file as 'field: value' lines");
        }
        if (parser.nextToken() != null) {
            throw new InvalidRegistryFileException(path, line(), "a second YAML document starts here",
                    "keep one document per file: remove the '---' line and everything after it");
        }
        return mapping;
    }

    private InvalidRegistryFileException empty() {
        return new InvalidRegistryFileException(path, 0, "the file has no content",
                "write the file as 'field: value' lines");
    }

    /** Reads the node that starts with {@code token}, with everything nested in it. */
    private YamlNode node(JsonToken token) throws IOException {
        JsonToken current = token;
        while (true) {
            YamlNode completed = switch (current) {
                case FIELD_NAME -> {
                    key();
                    yield null;
                }
                case START_OBJECT -> {
                    checkNodeEvent();
                    open.push(new MappingContainer(line()));
                    yield null;
                }
                case START_ARRAY -> {
                    checkNodeEvent();
                    open.push(new SequenceContainer(line()));
                    yield null;
                }
                case END_OBJECT, END_ARRAY -> open.pop().build();
                default -> scalar(current);
            };
            if (completed != null) {
                if (open.isEmpty()) {
                    return completed;
                }
                open.peek().add(completed);
            }
            current = parser.nextToken();
        }
    }

    private void key() throws IOException {
        int line = line();
        checkNodeEvent();
        String key = parser.currentName();
        ScalarRules.checkKey(path, line, key, ((ScalarEvent) parser.lastEvent()).isPlain());
        MappingContainer mapping = (MappingContainer) open.peek();
        Entry earlier = mapping.entries.get(key);
        if (earlier != null) {
            throw new InvalidRegistryFileException(path, line,
                    "duplicate key '" + ScalarRules.shown(key) + "' (first on line " + earlier.keyLine() + ")",
                    "keep only one of them");
        }
        mapping.pendingKey = key;
        mapping.pendingKeyLine = line;
    }

    private YamlScalar scalar(JsonToken token) throws IOException {
        int line = line();
        checkNodeEvent();
        String text = parser.getText();
        boolean plain = ((ScalarEvent) parser.lastEvent()).isPlain();
        return new YamlScalar(line, ScalarRules.valueKind(path, line, token, plain, text), text);
    }

    /** Refuses aliases, anchors and explicit tags on the current key or node. */
    private void checkNodeEvent() {
        Event event = parser.lastEvent();
        int line = line();
        if (event instanceof AliasEvent alias) {
            throw new InvalidRegistryFileException(path, line, "alias '*" + alias.getAnchor() + "' is not allowed",
                    "write the value out in full instead of using anchors and aliases");
        }
        NodeEvent node = (NodeEvent) event;
        if (node.getAnchor() != null) {
            throw new InvalidRegistryFileException(path, line, "anchor '&" + node.getAnchor() + "' is not allowed",
                    "remove the anchor and write values out in full");
        }
        String tag = node instanceof ScalarEvent scalar ? scalar.getTag() : ((CollectionStartEvent) node).getTag();
        if (tag != null) {
            throw new InvalidRegistryFileException(path, line,
                    "explicit tag '" + ScalarRules.shownTag(tag) + "' is not allowed",
                    "remove the tag; quote the value if it is text");
        }
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    /** A mapping or sequence whose end has not been read yet. */
    private interface Container {

        void add(YamlNode node);

        YamlNode build();
    }

    private static final class MappingContainer implements Container {

        private final int line;
        private final Map<String, Entry> entries = new LinkedHashMap<>();
        private String pendingKey;
        private int pendingKeyLine;

        MappingContainer(int line) {
            this.line = line;
        }

        @Override
        public void add(YamlNode node) {
            entries.put(pendingKey, new Entry(pendingKey, pendingKeyLine, node));
        }

        @Override
        public YamlNode build() {
            return new YamlMapping(line, entries);
        }
    }

    private static final class SequenceContainer implements Container {

        private final int line;
        private final List<YamlNode> items = new ArrayList<>();

        SequenceContainer(int line) {
            this.line = line;
        }

        @Override
        public void add(YamlNode node) {
            items.add(node);
        }

        @Override
        public YamlNode build() {
            return new YamlSequence(line, items);
        }
    }
}
