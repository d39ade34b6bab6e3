package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import java.util.function.BiFunction;

/**
 * The {@code NAME@SELECTOR} syntax shared by {@link ModelReference} and {@link VersionId}. Errors
 * blame {@link Input#REFERENCE}, quote the whole text and end with the accepted forms.
 *
 * @param noun what the text is called in messages, e.g. "model reference"
 * @param forms the fix listing the accepted forms
 */
record ReferenceSyntax(String noun, String forms) {

    /**
     * Splits {@code text} on its single {@code @}, parses the name and hands it with the text
     * after the {@code @} to {@code build}; errors of either part are reported against the whole.
     */
    <T> T parse(String text, BiFunction<ModelName, String, T> build) {
        if (text == null) {
            throw Grammar.missing(Input.REFERENCE, noun, forms);
        }
        int at = text.indexOf('@');
        long count = text.chars().filter(c -> c == '@').count();
        if (count != 1) {
            throw invalid(text, count == 0 ? "it has no '@' between the model name and what follows it"
                    : "it has " + count + " '@' characters where exactly one is required");
        }
        if (at == 0) {
            throw invalid(text, "the model name before '@' is missing");
        }
        if (at == text.length() - 1) {
            throw invalid(text, "nothing follows the '@'");
        }
        return Grammar.part(Input.REFERENCE, noun, text, forms,
                () -> build.apply(ModelName.of(text.substring(0, at)), text.substring(at + 1)));
    }

    private RegistryUsageException invalid(String text, String problem) {
        return Grammar.invalid(Input.REFERENCE, noun, text, problem, forms);
    }
}
