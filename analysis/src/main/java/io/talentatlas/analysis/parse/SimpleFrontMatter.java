package io.talentatlas.analysis.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A fast path for the commonest front matter: one {@code key: value} per line, a plain word for the key, the value
 * either plain words or double-quoted text without escapes. For such a front matter SnakeYAML's answer is known
 * beforehand (a map from string to string, a later key winning), and building its node graph costs more than the
 * rest of reading a post. Anything else, however slightly off, gets no answer here and goes to SnakeYAML.
 */
final class SimpleFrontMatter {

    private static final int MAX_KEY_LENGTH = 64;

    private SimpleFrontMatter() {
    }

    /**
     * The mapping SnakeYAML would load from {@code yaml}, or empty when {@code yaml} is not of the simple shape.
     *
     * @param resolver the resolver SnakeYAML is configured with, to type plain scalars exactly as it would
     */
    static Optional<Map<String, String>> read(String yaml, Resolver resolver) {
        if (yaml.isEmpty() || yaml.charAt(yaml.length() - 1) != '\n') {
            return Optional.empty();
        }
        Map<String, String> map = new LinkedHashMap<>();
        int lineStart = 0;
        while (lineStart < yaml.length()) {
            int lineEnd = yaml.indexOf('\n', lineStart);
            if (!readLine(yaml, lineStart, lineEnd, resolver, map)) {
                return Optional.empty();
            }
            lineStart = lineEnd + 1;
        }
        return Optional.of(map);
    }

    /** Puts the entry of line [start, end) into {@code map}; false when the line is not of the simple shape. */
    private static boolean readLine(String yaml, int start, int end, Resolver resolver, Map<String, String> map) {
        int colon = keyEnd(yaml, start, end);
        if (colon < 0 || colon + 2 >= end || yaml.charAt(colon + 1) != ' ') {
            return false;
        }
        String key = yaml.substring(start, colon);
        String value = value(yaml, colon + 2, end, resolver);
        if (value == null || !isString(key, resolver)) {
            return false;
        }
        map.put(key, value);
        return true;
    }

    /** Where the key (an ASCII letter, then letters, digits, '_') ends in a ':', else -1. */
    private static int keyEnd(String yaml, int start, int end) {
        int at = start;
        while (at < end && at - start <= MAX_KEY_LENGTH && isKeyChar(yaml.charAt(at), at == start)) {
            at++;
        }
        return at > start && at < end && at - start <= MAX_KEY_LENGTH && yaml.charAt(at) == ':' ? at : -1;
    }

    /** The value in [start, end): {@code "text"} with no quote or backslash inside, or plain words; else null. */
    private static String value(String yaml, int start, int end, Resolver resolver) {
        if (yaml.charAt(start) == '"') {
            return doubleQuoted(yaml, start, end);
        }
        String plain = plain(yaml, start, end);
        return plain != null && isString(plain, resolver) ? plain : null;
    }

    private static String doubleQuoted(String yaml, int start, int end) {
        if (end - start < 2 || yaml.charAt(end - 1) != '"') {
            return null;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = yaml.charAt(i);
            if (c == '"' || c == '\\' || !isSafe(c)) {
                return null;
            }
        }
        return yaml.substring(start + 1, end - 1);
    }

    /**
     * Plain words: a letter, digit or non-ASCII first; then those, single spaces, {@code - . _ + /} and ':' before
     * a word character (07:38); no space at the end. So no indicator, comment, {@code ": "} or quote can make
     * SnakeYAML read it otherwise.
     */
    private static String plain(String yaml, int start, int end) {
        if (!isWordChar(yaml.charAt(start)) || yaml.charAt(end - 1) == ' ') {
            return null;
        }
        for (int i = start + 1; i < end; i++) {
            char c = yaml.charAt(i);
            boolean ok = isWordChar(c) || "-._+/".indexOf(c) >= 0 || c == ' ' && yaml.charAt(i - 1) != ' '
                    || c == ':' && i + 1 < end && isWordChar(yaml.charAt(i + 1));
            if (!ok) {
                return null;
            }
        }
        return yaml.substring(start, end);
    }

    /** SnakeYAML types a plain scalar as a string (not a number, boolean or null) with this resolver. */
    private static boolean isString(String plain, Resolver resolver) {
        return Tag.STR.equals(resolver.resolve(NodeId.scalar, plain, true));
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && (c >= '0' && c <= '9' || c == '_');
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0xA0 && isSafe(c);
    }

    /**
     * Printable for YAML and nothing it reads specially: ASCII from space to '~', or BMP characters from U+00A1 on,
     * without surrogates, line and paragraph separators, the BOM and the non-characters U+FFFE/U+FFFF.
     */
    private static boolean isSafe(char c) {
        if (c < 0x80) {
            return c >= 0x20 && c <= 0x7E;
        }
        return c > 0xA0 && !Character.isSurrogate(c) && c != '\u2028' && c != '\u2029' && c != '\uFEFF'
                && c <= '\uFFFD';
    }
}
