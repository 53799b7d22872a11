package io.talentatlas.analysis.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The trie answers every lookup as a scan over the word list would, for many random dictionaries and texts. */
class CharTrieTest {

    private static final String ALPHABET = "元万人次个月年以上左右约近\u0000a";

    @Test
    void lookupsAgreeWithAScanOverTheWords() {
        Random random = new Random(23);
        for (int round = 0; round < 300; round++) {
            Map<String, Integer> words = new HashMap<>();
            CharTrie<Integer> trie = new CharTrie<>();
            int count = 1 + random.nextInt(200);
            for (int k = 0; k < count; k++) {
                String word = randomText(random, 1 + random.nextInt(4));
                words.put(word, k);
                trie.put(word, k);
            }
            String text = randomText(random, 30);
            for (int start = 0; start <= text.length(); start++) {
                int longest = 0;
                int longestEnding = 0;
                for (String word : words.keySet()) {
                    if (text.startsWith(word, start)) {
                        longest = Math.max(longest, word.length());
                    }
                    if (start >= word.length() && text.startsWith(word, start - word.length())) {
                        longestEnding = Math.max(longestEnding, word.length());
                    }
                }
                assertEquals(longest, trie.longestFrom(text, start), text + " from " + start);
                assertEquals(longestEnding, trie.longestEndingAt(text, start), text + " ending at " + start);
                Integer expected = longest == 0 ? null : words.get(text.substring(start, start + longest));
                assertEquals(expected, trie.valueFrom(text, start), text + " value from " + start);
                for (int end = start; end <= Math.min(text.length(), start + 5); end++) {
                    assertEquals(words.get(text.substring(start, end)), trie.get(text, start, end), text);
                }
            }
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < length; k++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
