package io.talentatlas.analysis.numbers;

import io.talentatlas.analysis.text.TrieTable;

/**
 * A dictionary of short words for longest-match lookups straight on the text, forwards from a start offset or
 * backwards from an end offset, without cutting substrings: the finder looks words up around every number.
 *
 * @param <V> what a word maps to
 */
final class CharTrie<V> {

    private final TrieTable<V> forward = new TrieTable<>();
    private final TrieTable<V> backward = new TrieTable<>();

    void put(String word, V value) {
        int node = TrieTable.ROOT;
        for (int i = 0; i < word.length(); i++) {
            node = forward.childOrNew(node, word.charAt(i));
        }
        forward.setValue(node, value);
        node = TrieTable.ROOT;
        for (int i = word.length() - 1; i >= 0; i--) {
            node = backward.childOrNew(node, word.charAt(i));
        }
        backward.setValue(node, value);
    }

    /** The length of the longest word starting at {@code start}, or 0. */
    int longestFrom(CharSequence text, int start) {
        int node = TrieTable.ROOT;
        int longest = 0;
        for (int i = start; i < text.length(); i++) {
            node = forward.child(node, text.charAt(i));
            if (node == TrieTable.NONE) {
                break;
            }
            if (forward.value(node) != null) {
                longest = i - start + 1;
            }
        }
        return longest;
    }

    /** The value of the longest word starting at {@code start}, or null; one walk, no second one to fetch it. */
    V valueFrom(CharSequence text, int start) {
        int node = TrieTable.ROOT;
        V longest = null;
        for (int i = start; i < text.length(); i++) {
            node = forward.child(node, text.charAt(i));
            if (node == TrieTable.NONE) {
                break;
            }
            V value = forward.value(node);
            if (value != null) {
                longest = value;
            }
        }
        return longest;
    }

    /** The length of the longest word ending at {@code end} (exclusive), or 0. */
    int longestEndingAt(CharSequence text, int end) {
        int node = TrieTable.ROOT;
        int longest = 0;
        for (int i = end - 1; i >= 0; i--) {
            node = backward.child(node, text.charAt(i));
            if (node == TrieTable.NONE) {
                break;
            }
            if (backward.value(node) != null) {
                longest = end - i;
            }
        }
        return longest;
    }

    /** The value stored for exactly {@code text[start, end)}, or null. */
    V get(CharSequence text, int start, int end) {
        int node = TrieTable.ROOT;
        for (int i = start; i < end && node != TrieTable.NONE; i++) {
            node = forward.child(node, text.charAt(i));
        }
        return node == TrieTable.NONE ? null : forward.value(node);
    }
}
