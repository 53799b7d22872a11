package io.talentatlas.analysis.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** {@link GatedPattern#serial()} → bit of the pattern in {@link CharPresence}'s gate set, or NOT_INDEXED. */
    private final int[] bitBySerial;
    private final int gates;
    /** The characters of all literals: any other character sends the automaton back to the root at once. */
    private final CharSet literalChars;
    /** The literals' trie: the automaton's forward edges. */
    private final TrieTable<Set<Integer>> trie;
    /**
     * The root's edges again, as a table by character: a sentence's walk is at the root at most characters, and a
     * lookup here measured 3 % of the extraction faster than the trie's hashed one.
     */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    private final int[] fail;
    /**
     * Outputs in flat arrays: node n's are outputBits[outputFrom[n] .. outputFrom[n + 1]), the patterns with a
     * literal ending there or at one of its suffixes.
     */
    private final int[] outputFrom;
    private final int[] outputBits;

    private LiteralIndex(int[] bitBySerial, int gates, Map<String, Set<Integer>> bitsByLiteral) {
        this.bitBySerial = bitBySerial;
        this.gates = gates;
        Set<Character> chars = new HashSet<>();
        this.trie = new TrieTable<>();
        bitsByLiteral.forEach((literal, bits) -> {
            int node = TrieTable.ROOT;
            for (int i = 0; i < literal.length(); i++) {
                chars.add(literal.charAt(i));
                node = trie.childOrNew(node, literal.charAt(i));
            }
            trie.setValue(node, bits);
        });
        this.literalChars = CharSet.of(chars);
        for (char c : chars) {
            int child = trie.child(TrieTable.ROOT, c);
            rootNext[c] = child == TrieTable.NONE ? TrieTable.ROOT : child;
        }
        this.fail = new int[trie.nodeCount()];
        int[][] outputs = link(bitsByLiteral.keySet());
        this.outputFrom = new int[outputs.length + 1];
        for (int node = 0; node < outputs.length; node++) {
            outputFrom[node + 1] = outputFrom[node] + outputs[node].length;
        }
        this.outputBits = new int[outputFrom[outputs.length]];
        for (int node = 0; node < outputs.length; node++) {
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
        Map<String, Set<Integer>> bitsByLiteral = new LinkedHashMap<>();
        int gates = 0;
        for (GatedPattern pattern : new LinkedHashSet<>(patterns)) {
            List<String> literals = pattern.gateLiterals();
            if (literals.isEmpty() || literals.stream().anyMatch(l -> l.isEmpty() || holdsAny(l, joiners))) {
                continue;
            }
            int bit = gates++;
            bitBySerial[pattern.serial()] = bit;
            literals.forEach(literal -> bitsByLiteral.computeIfAbsent(literal, l -> new LinkedHashSet<>()).add(bit));
        }
        return new LiteralIndex(bitBySerial, gates, bitsByLiteral);
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
            node = next(node, c);
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

    /** Where the automaton goes from {@code node} over {@code c}: down the trie, else down from a suffix. */
    private int next(int node, char c) {
        for (int at = node; at != TrieTable.ROOT; at = fail[at]) {
            int child = trie.child(at, c);
            if (child != TrieTable.NONE) {
                return child;
            }
        }
        return rootNext[c];
    }

    /**
     * Failure links and merged outputs, depth by depth so that a node's suffixes (all shallower) are done before it:
     * the nodes at depth d are the literals' prefixes of length d.
     */
    private int[][] link(Collection<String> literals) {
        int[][] outputs = new int[fail.length][];
        outputs[TrieTable.ROOT] = new int[0];
        int longest = literals.stream().mapToInt(String::length).max().orElse(0);
        for (int depth = 1; depth <= longest; depth++) {
            for (String literal : literals) {
                if (literal.length() < depth) {
                    continue;
                }
                int parent = nodeOf(literal, depth - 1);
                int node = trie.child(parent, literal.charAt(depth - 1));
                if (outputs[node] != null) {
                    continue;
                }
                fail[node] = depth == 1 ? TrieTable.ROOT : next(fail[parent], literal.charAt(depth - 1));
                Set<Integer> merged = new LinkedHashSet<>();
                if (trie.value(node) != null) {
                    merged.addAll(trie.value(node));
                }
                for (int bit : outputs[fail[node]]) {
                    merged.add(bit);
                }
                outputs[node] = merged.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return outputs;
    }

    /** The node of the literal's first {@code length} characters. */
    private int nodeOf(String literal, int length) {
        int node = TrieTable.ROOT;
        for (int i = 0; i < length; i++) {
            node = trie.child(node, literal.charAt(i));
        }
        return node;
    }

    private static boolean holdsAny(String literal, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (literal.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
