package dev.modelregistry.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.MetricPredicate;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;

/**
 * Coverage-guided fuzzing of the name, version, reference and filter parsers (Jazzer): each input
 * picks a parser and gives it a string. Every call returns or throws a
 * {@link RegistryUsageException} within a second, and what parses is written back by
 * {@code toString} to text that parses to an equal value. Run in fuzzing mode by the {@code fuzz}
 * execution of surefire (see docs/reliability.md); the inputs under
 * {@code NameParsersFuzzTestInputs/} are the regression corpus.
 */
class NameParsersFuzzTest {

    private static final List<Function<String, Object>> PARSERS = List.of(ModelName::of, Version::parse,
            ModelReference::parse, VersionId::parse, StageName::of, AliasName::of, Tag::of, MetricPredicate::parse);

    /** Loads (and lets Jazzer instrument) the parsers once, so that no try pays for class loading. */
    @BeforeAll
    static void loadTheParsers() {
        List<String> valid = List.of("churn", "1.0.0", "churn@1.0.0", "churn@1.0.0", "production", "champion",
                "tabular", "auc>=0.9");
        for (int i = 0; i < PARSERS.size(); i++) {
            PARSERS.get(i).apply(valid.get(i));
        }
    }

    @FuzzTest(maxDuration = "2h")
    void parsesOrRefuses(FuzzedDataProvider data) {
        Function<String, Object> parser = PARSERS.get(data.consumeInt(0, PARSERS.size() - 1));
        String text = data.consumeRemainingAsString();
        BoundedCall.returnsOrRefuses(RegistryUsageException.class, text, () -> parser.apply(text))
                .ifPresent(parsed -> assertEquals(parsed, parser.apply(parsed.toString()),
                        () -> "<" + text + "> parsed to <" + parsed + ">, which reads back differently"));
    }
}
