package io.talentatlas.analysis.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<Character, List<Idiom>> byFirstChar;
    private final int longest;

    private IdiomList(Map<Character, List<Idiom>> byFirstChar, int longest) {
        this.byFirstChar = byFirstChar;
        this.longest = longest;
    }

    static IdiomList get() {
        return DEFAULT;
    }

    /** The end of the idiom that covers {@code index}, or -1 when the character there is not inside one. */
    int idiomEndCovering(String text, int index) {
        for (int start = Math.max(0, index - longest + 1); start <= index; start++) {
            List<Idiom> candidates = byFirstChar.get(text.charAt(start));
            if (candidates == null) {
                continue;
            }
            for (Idiom idiom : candidates) {
                int end = start + idiom.word().length();
                if (end > index && text.startsWith(idiom.word(), start) && !isCancelled(text, end, idiom)) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static boolean isCancelled(String text, int end, Idiom idiom) {
        return end < text.length() && idiom.cancelledBy().indexOf(text.charAt(end)) >= 0;
    }

    private static IdiomList load() {
        Map<Character, List<Idiom>> byFirstChar = new HashMap<>();
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
                byFirstChar.computeIfAbsent(idiom.word().charAt(0), c -> new ArrayList<>()).add(idiom);
                longest = Math.max(longest, idiom.word().length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new IdiomList(Map.copyOf(byFirstChar), longest);
    }
}
