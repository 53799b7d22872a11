package io.talentatlas.analysis.numbers;

import io.talentatlas.analysis.text.CharSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The counter and unit words that may follow a number ({@code units.tsv} beside this class), looked up by longest
 * match at a position of the normalized text.
 */
final class UnitLexicon {

    private static final String RESOURCE = "units.tsv";
    private static final UnitLexicon DEFAULT = load();

    private final CharTrie<UnitWord> words = new CharTrie<>();
    /**
     * The first characters of the words longer than one character: the scanner asks at every unit character inside
     * a numeral (百, 千, 万) whether such a word starts there, and for most the answer is no without a lookup.
     */
    private final CharSet longWordStarts;

    private UnitLexicon(Map<String, UnitWord> entries) {
        entries.forEach(words::put);
        longWordStarts = CharSet.of(entries.keySet().stream().filter(word -> word.length() > 1)
                .map(word -> word.charAt(0)).toList());
    }

    static UnitLexicon get() {
        return DEFAULT;
    }

    /** The longest unit word starting at {@code index}, or null. */
    UnitWord match(String text, int index) {
        UnitWord word = words.valueFrom(text, index);
        return word == null || isInsideLatinWord(text, index, word.word().length()) ? null : word;
    }

    /** True when a unit word starting with a numeral unit character ({@code 千米}, {@code 兆字节}) starts here. */
    boolean startsMultiplierLedWord(String text, int index) {
        if (!longWordStarts.contains(text.charAt(index))) {
            return false;
        }
        UnitWord word = match(text, index);
        return word != null && word.word().length() > 1;
    }

    /** Latin units count only as whole tokens: {@code 250m} yes, {@code 5mg} as m no. */
    private static boolean isInsideLatinWord(String text, int index, int length) {
        int after = index + length;
        return CharTable.isAsciiLetter(text.charAt(index)) && after < text.length()
                && CharTable.isAsciiLetter(text.charAt(after));
    }

    private static UnitLexicon load() {
        Map<String, UnitWord> words = new HashMap<>();
        try (InputStream in = UnitLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    UnitWord word = parseLine(line);
                    words.put(word.word(), word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new UnitLexicon(Map.copyOf(words));
    }

    private static UnitWord parseLine(String line) {
        String[] columns = line.split("\t");
        Unit unit = Unit.ofKey(columns[1]);
        String category = columns[2];
        return switch (category) {
            case "count" -> new UnitWord(columns[0], unit, UnitWord.Category.COUNT, "");
            case "measure" -> new UnitWord(columns[0], unit, UnitWord.Category.MEASURE, "");
            case "duration" -> new UnitWord(columns[0], unit, UnitWord.Category.DURATION, "");
            case "percent" -> new UnitWord(columns[0], unit, UnitWord.Category.PERCENT, "");
            default -> new UnitWord(columns[0], unit, UnitWord.Category.CURRENCY, category);
        };
    }
}
