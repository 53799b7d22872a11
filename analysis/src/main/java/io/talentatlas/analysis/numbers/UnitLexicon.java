package io.talentatlas.analysis.numbers;

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

    private final Map<String, UnitWord> words;
    private final int longest;

    private UnitLexicon(Map<String, UnitWord> words) {
        this.words = words;
        this.longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static UnitLexicon get() {
        return DEFAULT;
    }

    /** The longest unit word starting at {@code index}, or null. */
    UnitWord match(String text, int index) {
        int max = Math.min(longest, text.length() - index);
        for (int length = max; length > 0; length--) {
            UnitWord word = words.get(text.substring(index, index + length));
            if (word != null && !isInsideLatinWord(text, index, length)) {
                return word;
            }
        }
        return null;
    }

    /** True when a unit word starting with a numeral unit character ({@code 千米}, {@code 兆字节}) starts here. */
    boolean startsMultiplierLedWord(String text, int index) {
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
