package io.talentatlas.analysis.numbers;

import io.talentatlas.analysis.text.CharKeyedMap;

/**
 * A dictionary of short words for longest-match lookups straight on the text, forwards from a start offset or
 * backwards from an end offset, without cutting substrings: the finder looks words up around every number.
 *
 * @param <V> what a word maps to
 */
final class CharTrie<V> {

    private final Node<V> forward = new Node<>();
    private final Node<V> backward = new Node<>();

    private static final class Node<V> {
        private final CharKeyedMap<Node<V>> children = new CharKeyedMap<>();
        private V value;
    }

    void put(String word, V value) {
        Node<V> node = forward;
        for (int i = 0; i < word.length(); i++) {
            node = node.children.computeIfAbsent(word.charAt(i), Node::new);
        }
        node.value = value;
        node = backward;
        for (int i = word.length() - 1; i >= 0; i--) {
            node = node.children.computeIfAbsent(word.charAt(i), Node::new);
        }
        node.value = value;
    }

    /** The length of the longest word starting at {@code start}, or 0. */
    int longestFrom(CharSequence text, int start) {
        Node<V> node = forward;
        int longest = 0;
        for (int i = start; i < text.length(); i++) {
            node = node.children.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                longest = i - start + 1;
            }
        }
        return longest;
    }

    /** The value of the longest word starting at {@code start}, or null; one walk, no second one to fetch it. */
    V valueFrom(CharSequence text, int start) {
        Node<V> node = forward;
        V longest = null;
        for (int i = start; i < text.length(); i++) {
            node = node.children.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                longest = node.value;
            }
        }
        return longest;
    }

    /** The length of the longest word ending at {@code end} (exclusive), or 0. */
    int longestEndingAt(CharSequence text, int end) {
        Node<V> node = backward;
        int longest = 0;
        for (int i = end - 1; i >= 0; i--) {
            node = node.children.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                longest = end - i;
            }
        }
        return longest;
    }

    /** The value stored for exactly {@code text[start, end)}, or null. */
    V get(CharSequence text, int start, int end) {
        Node<V> node = forward;
        for (int i = start; i < end && node != null; i++) {
            node = node.children.get(text.charAt(i));
        }
        return node == null ? null : node.value;
    }
}
