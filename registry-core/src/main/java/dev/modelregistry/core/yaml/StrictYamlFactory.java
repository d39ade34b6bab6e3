package dev.modelregistry.core.yaml;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/** A {@link YAMLFactory} whose parsers are {@link EventYamlParser}s. */
final class StrictYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    StrictYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    /** Opens a parser over {@code text}. */
    EventYamlParser open(String text) throws IOException {
        return (EventYamlParser) createParser(new StringReader(text));
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
        return new EventYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                reader);
    }
}
