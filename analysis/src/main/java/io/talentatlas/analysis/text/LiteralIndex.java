package io.talentatlas.analysis.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal gates of many patterns answered for a whole sentence in one pass. The extractor tries some two hundred
 * patterns on the words around every number, all cut from the number's sentence; a gate asked on its own reads its
 * text once per pattern, and a sentence's characters ({@link CharPresence}) rule out only the patterns none of whose
 * literals' first characters occur. One Aho–Corasick pass over the sentence finds which patterns have a whole literal
 * in it, and a pattern that has none cannot match in any text cut from the sentence. Immutable and thread-safe.
 *
 * <p>The answer holds for a text made of pieces of the sentence joined by the {@code joiners} given at build time (the
 * number's mark, a space); a pattern with a literal that holds a joiner is left out of the index, and its gate falls
 * back to the characters.
 */
public final class LiteralIndex {

    private static final int NOT_INDEXED = -1;
    private static final long EMPTY = -1;

    /** {@link GatedPattern#serial()} → bit of the pattern in {@link CharPresence}'s gate set, or NOT_INDEXED. */
    private final int[] bitBySerial;
    private final int gates;
    /** The characters of all literals: any other character sends the automaton back to the root at once. */
    private final CharSet literalChars;
    /** Transitions out of the root, by character: most characters start no literal and stay there. */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    /*
     * The other transitions in one open-addressing table keyed by (node, character): a node near the root continues
     * with hundreds of characters, too many to scan. Outputs in flat arrays: node n's are outputBits[outputFrom[n] ..
     * outputFrom[n + 1]), the patterns with a literal ending there or at one of its suffixes.
     */
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int[] fail;
    private final int[] outputFrom;
    private final int[] outputBits;

    private LiteralIndex(int[] bitBySerial, int gates, Trie trie) {
        this.bitBySerial = bitBySerial;
        this.gates = gates;
        this.literalChars = CharSet.of(trie.chars);
        int nodes = trie.children.size();
        int edges = nodes - 1;
        int slots = Integer.highestOneBit(Math.max(2, edges) * 4 - 1);
        this.edgeKeys = new long[slots];
        this.edgeTargets = new int[slots];
        Arrays.fill(edgeKeys, EMPTY);
        for (int node = 0; node < nodes; node++) {
            for (int[] edge : trie.children.get(node)) {
                if (node == 0) {
                    rootNext[edge[0]] = edge[1];
                } else {
                    int slot = slotOf(key(node, (char) edge[0]));
                    edgeKeys[slot] = key(node, (char) edge[0]);
                    edgeTargets[slot] = edge[1];
                }
            }
        }
        this.fail = new int[nodes];
        int[][] outputs = link(trie);
        this.outputFrom = new int[nodes + 1];
        for (int node = 0; node < nodes; node++) {
            outputFrom[node + 1] = outputFrom[node] + outputs[node].length;
        }
        this.outputBits = new int[outputFrom[nodes]];
        for (int node = 0; node < nodes; node++) {
            System.arraycopy(outputs[node], 0, outputBits, outputFrom[node], outputs[node].length);
        }
    }

    /**
     * The index of the gates of {@code patterns}; a text it answers for may join pieces of the sentence with any of
     * the {@code joiners}.
     */
    public static LiteralIndex of(Collection<GatedPattern> patterns, String joiners) {
        int maxSerial = patterns.stream().mapToInt(GatedPattern::serial).max().orElse(-1);
        int[] bitBySerial = new int[maxSerial + 1];
        Arrays.fill(bitBySerial, NOT_INDEXED);
        Trie trie = new Trie();
        int gates = 0;
        for (GatedPattern pattern : new LinkedHashSet<>(patterns)) {
            List<String> literals = pattern.gateLiterals();
            if (literals.isEmpty() || literals.stream().anyMatch(l -> l.isEmpty() || holdsAny(l, joiners))) {
                continue;
            }
            int bit = gates++;
            bitBySerial[pattern.serial()] = bit;
            literals.forEach(literal -> trie.add(literal, bit));
        }
        return new LiteralIndex(bitBySerial, gates, trie);
    }

    /**
     * The characters of {@code text} from {@code start} to {@code end} and the {@code extra} ones, with the indexed
     * patterns that have a whole literal in that range.
     */
    public CharPresence presence(CharSequence text, int start, int end, String extra) {
        long[] found = new long[(gates + 63) >>> 6];
        CharPresence presence = CharPresence.withLiterals(this, found);
        int node = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            presence.add(c);
            if (!literalChars.contains(c)) {
                node = 0;
                continue;
            }
            node = node == 0 ? rootNext[c] : next(node, c);
            for (int k = outputFrom[node]; k < outputFrom[node + 1]; k++) {
                found[outputBits[k] >>> 6] |= 1L << outputBits[k];
            }
        }
        for (int i = 0; i < extra.length(); i++) {
            presence.add(extra.charAt(i));
        }
        return presence;
    }

    /** The pattern's bit, or -1 when its gate is not in this index. */
    int bitOf(GatedPattern pattern) {
        int serial = pattern.serial();
        return serial < bitBySerial.length ? bitBySerial[serial] : NOT_INDEXED;
    }

    private int next(int node, char c) {
        for (int at = node; at != 0; at = fail[at]) {
            long key = key(at, c);
            for (int slot = hash(key); edgeKeys[slot] != EMPTY; slot = (slot + 1) & (edgeKeys.length - 1)) {
                if (edgeKeys[slot] == key) {
                    return edgeTargets[slot];
                }
            }
        }
        return rootNext[c];
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private int hash(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (edgeKeys.length - 1);
    }

    /** The free slot for a new key while the table is filled. */
    private int slotOf(long key) {
        int slot = hash(key);
        while (edgeKeys[slot] != EMPTY) {
            slot = (slot + 1) & (edgeKeys.length - 1);
        }
        return slot;
    }

    /** Failure links and merged outputs, breadth first so that a node's suffixes are done before it. */
    private int[][] link(Trie trie) {
        int[][] outputs = new int[fail.length][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        outputs[0] = toArray(trie.ends.get(0));
        for (int[] edge : trie.children.get(0)) {
            queue.add(edge[1]);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            Set<Integer> merged = new LinkedHashSet<>(trie.ends.get(node));
            for (int bit : outputs[fail[node]]) {
                merged.add(bit);
            }
            outputs[node] = toArray(merged);
            for (int[] edge : trie.children.get(node)) {
                fail[edge[1]] = next(fail[node], (char) edge[0]);
                queue.add(edge[1]);
            }
        }
        return outputs;
    }

    private static int[] toArray(Set<Integer> bits) {
        return bits.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean holdsAny(String literal, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (literal.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The literals' trie while the index is built: edges as (character, node) pairs, gate bits per end node. */
    private static final class Trie {
        final List<List<int[]>> children = new ArrayList<>(List.of(new ArrayList<>()));
        final List<Set<Integer>> ends = new ArrayList<>(List.of(new LinkedHashSet<>()));
        final Set<Character> chars = new HashSet<>();

        void add(String literal, int bit) {
            literal.chars().forEach(c -> chars.add((char) c));
            int node = 0;
            for (int i = 0; i < literal.length(); i++) {
                node = child(node, literal.charAt(i));
            }
            ends.get(node).add(bit);
        }

        private int child(int node, char c) {
            for (int[] edge : children.get(node)) {
                if (edge[0] == c) {
                    return edge[1];
                }
            }
            children.add(new ArrayList<>());
            ends.add(new LinkedHashSet<>());
            int created = children.size() - 1;
            children.get(node).add(new int[] {c, created});
            return created;
        }
    }
}
