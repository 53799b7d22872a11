package io.talentatlas.analysis.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Words whose numeral characters count nothing (一切, 统一, 千方百计, 三农, 四川 …), from {@code idioms.txt} beside
 * this class. A numeral that starts inside such a word is not a number.
 */
final class IdiomList {

    private static final String RESOURCE = "idioms.txt";
    private static final IdiomList DEFAULT = load();

    /** One word and the following characters that cancel it (十分 is an idiom, 十分钟 is not). */
    private record Idiom(String word, String cancelledBy) {
    }

    private final CharTrie<Idiom> idioms;
    private final int longest;
    /** Every character of every idiom, one bit each. */
    private final long[] idiomChars;

    private IdiomList(CharTrie<Idiom> idioms, int longest, long[] idiomChars) {
        this.idioms = idioms;
        this.longest = longest;
        this.idiomChars = idiomChars;
    }

    static IdiomList get() {
        return DEFAULT;
    }

    /** The end of the idiom that covers {@code index}, or -1 when the character there is not inside one. */
    int idiomEndCovering(String text, int index) {
        for (int start = firstPossibleStart(text, index); start <= index; start++) {
            // The longest idiom from start, in one walk: its word gives its length.
            Idiom idiom = idioms.valueFrom(text, start);
            int end = idiom == null ? start : start + idiom.word().length();
            if (end > index && !isCancelled(text, end, idiom)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The first start worth a lookup: an idiom covering {@code index} from {@code start} holds every character in
     * between, so the starts before a character that is in no idiom need no walk through the trie.
     * Returns {@code index + 1} (no start) when the character at {@code index} is in no idiom.
     */
    private int firstPossibleStart(String text, int index) {
        if (!isIdiomChar(text.charAt(index))) {
            return index + 1;
        }
        int lowest = Math.max(0, index - longest + 1);
        int start = index;
        while (start > lowest && isIdiomChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private boolean isIdiomChar(char c) {
        return (idiomChars[c >>> 6] & (1L << c)) != 0;
    }

    private static boolean isCancelled(String text, int end, Idiom idiom) {
        return end < text.length() && idiom.cancelledBy().indexOf(text.charAt(end)) >= 0;
    }

    private static IdiomList load() {
        CharTrie<Idiom> idioms = new CharTrie<>();
        long[] idiomChars = new long[(Character.MAX_VALUE + 1) / 64];
        int longest = 0;
        try (InputStream in = IdiomList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.strip().split("\t");
                Idiom idiom = new Idiom(columns[0], columns.length > 1 ? columns[1] : "");
                idioms.put(idiom.word(), idiom);
                idiom.word().chars().forEach(c -> idiomChars[c >>> 6] |= 1L << c);
                longest = Math.max(longest, idiom.word().length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new IdiomList(idioms, longest, idiomChars);
    }
}
