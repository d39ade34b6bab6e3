package dev.modelregistry.core.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;

/**
 * Jackson's YAML parser, also showing the SnakeYAML event behind the current token. Jackson's own
 * accessors do not say whether a scalar was quoted and do not report anchors on scalar values or
 * tags on keys; the event does.
 */
final class EventYamlParser extends YAMLParser {

    EventYamlParser(IOContext context, int parserFeatures, int formatFeatures, LoaderOptions options,
            ObjectCodec codec, Reader reader) {
        super(context, parserFeatures, formatFeatures, options, codec, reader);
    }

    /** The event of the current token (for a failed {@code nextToken}, the event it choked on). */
    Event lastEvent() {
        return _lastEvent;
    }
}
