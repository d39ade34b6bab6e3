package dev.modelregistry.core.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Structure-aware mutations of a valid registry file, driven by the fuzzer's data: the lines of
 * the file are kept and changed one mutation at a time, so most inputs stay YAML and reach the
 * schema mapping rather than dying in the tokenizer. The mutations are the hostile constructs of
 * the format's YAML rules (anchors, aliases, merge keys, tags, ambiguous plain values, deep
 * nesting, huge scalars, odd Unicode, invalid UTF-8), plus duplicated, dropped, re-indented and
 * truncated lines.
 */
final class YamlMutations {

    private static final List<String> FRAGMENTS = List.of("&a x", "*a", "!!str x", "!custom x", "<<: *a", "null",
            "~", "", "0x1F", "0123", "1e3", "1_000", ".inf", "-.inf", ".nan", "yes", "No", "True", "2001-12-14",
            "2026-11-22T10:15:30Z", "1:20", "0o17", "=", "\"\\x07\"", "\"\\uD800\"", "\"\\uD83D\\uDE00\"",
            "\"\\U0010FFFF\"", "[", "{", "]", "}", "? k", "|", ">-", "%YAML 1.1", "---", "...", "[a, [b, {c: d}]]",
            "{a: 1, a: 2}", "1.0e+101", "1.0e-101", "-0", "0.0000000000000000000000000000001", "\"1.10\"", "'x'",
            "\"\"", "\"\": x", "- x", "#", "\t", "a: b: c", "@x", "`x`", "9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890", "1.5e+3", "1.5E-200");

    private static final List<String> ODD_TEXT = List.of("\uFEFF", "\u2028", "\u2029", "\u0085", "\u202E", "\u0000",
            "\u0007", "\u001B", "\u00A0", "\u3000", "\uFF11", "e\u0301", "\uD83D\uDE00", "\u0130", "\u017F", "\uFFFD",
            "\uFFFF", "\r", "\r\n", "\n\n", "\\", "\"", "'", ":", " #", "%", "&", "*", "!", "|", ">");

    private static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xF4, (byte) 0x90,
                    (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {0});

    private YamlMutations() {
    }

    /** {@code base} with 1 to 8 mutations that {@code data} chooses. */
    static byte[] mutate(String base, FuzzedDataProvider data) {
        List<String> lines = new ArrayList<>(List.of(base.split("\n", -1)));
        int mutations = data.consumeInt(1, 8);
        byte[] badBytes = null;
        int badAt = 0;
        for (int i = 0; i < mutations; i++) {
            int at = data.consumeInt(0, lines.size() - 1);
            String line = lines.get(at);
            switch (data.consumeInt(0, 9)) {
                case 0 -> lines.set(at, keyOf(line) + " " + data.pickValue(FRAGMENTS));
                case 1 -> lines.add(at, indentOf(line) + "k" + i + ": " + nested(data));
                case 2 -> lines.set(at, keyOf(line) + " \"" + data.pickValue(ODD_TEXT).repeat(data.consumeInt(1,
                        600_000)) + "\"");
                case 3 -> lines.set(at, insert(line, data.pickValue(ODD_TEXT), data));
                case 4 -> lines.add(at, line);
                case 5 -> lines.remove(at);
                case 6 -> lines.set(at, " ".repeat(data.consumeInt(0, 9)) + line.strip());
                case 7 -> lines.set(at, insert(line, data.consumeString(64), data));
                case 8 -> {
                    badBytes = data.pickValue(BAD_BYTES);
                    badAt = at;
                }
                default -> lines.subList(at, lines.size()).clear();
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return join(lines, badBytes, badAt);
    }

    private static String nested(FuzzedDataProvider data) {
        int depth = data.consumeInt(1, 20_000);
        return switch (data.consumeInt(0, 2)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{a: ".repeat(depth) + "x" + "}".repeat(depth);
            default -> "&a [*a, " + "[".repeat(depth) + "]".repeat(depth) + "]";
        };
    }

    private static String keyOf(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? line : line.substring(0, colon + 1);
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private static String insert(String line, String text, FuzzedDataProvider data) {
        int at = data.consumeInt(0, line.length());
        return line.substring(0, at) + text + line.substring(at);
    }

    private static byte[] join(List<String> lines, byte[] badBytes, int badAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.write('\n');
            }
            if (badBytes != null && i == Math.min(badAt, lines.size() - 1)) {
                out.writeBytes(badBytes);
            }
            out.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
