package io.talentatlas.analysis.text;

import java.util.Arrays;

/**
 * A character trie as flat arrays, for the numbers layer's word tries and the automaton of {@link LiteralIndex}:
 * nodes are numbers (the root is 0), the edges one open-addressing table keyed by node and character, the values an
 * array indexed by node. A step down the trie is a hash and one or two probes of two parallel arrays, where a tree of
 * node objects, each with its own child map, took four dependent loads from objects spread over the heap. Filled
 * once, then only read, so safe to share once built.
 *
 * @param <V> what a word maps to
 */
public final class TrieTable<V> {

    /** The node every walk starts at. */
    public static final int ROOT = 0;
    /** What {@link #child} answers when there is no such edge. */
    public static final int NONE = -1;

    private static final long EMPTY = -1;

    private long[] edgeKeys = emptyKeys(16);
    private int[] edgeTargets = new int[16];
    private int edgeCount;
    private Object[] values = new Object[16];
    private int nodeCount = 1;

    /** The node reached from {@code node} over {@code c}, or {@link #NONE}. */
    public int child(int node, char c) {
        long key = key(node, c);
        int mask = edgeKeys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long found = edgeKeys[i];
            if (found == key) {
                return edgeTargets[i];
            }
            if (found == EMPTY) {
                return NONE;
            }
        }
    }

    /** The node reached from {@code node} over {@code c}, made first when there is none. */
    public int childOrNew(int node, char c) {
        int existing = child(node, c);
        if (existing != NONE) {
            return existing;
        }
        if ((edgeCount + 1) * 2 > edgeKeys.length) {
            grow();
        }
        int created = nodeCount++;
        if (created == values.length) {
            values = Arrays.copyOf(values, created * 2);
        }
        insert(key(node, c), created);
        edgeCount++;
        return created;
    }

    /** The value of the word that ends at {@code node}, or null. */
    @SuppressWarnings("unchecked")
    public V value(int node) {
        return (V) values[node];
    }

    public void setValue(int node, V value) {
        values[node] = value;
    }

    /** How many nodes there are, the root included: nodes are numbered 0 to this, exclusive. */
    public int nodeCount() {
        return nodeCount;
    }

    private void insert(long key, int target) {
        int mask = edgeKeys.length - 1;
        int i = slot(key, mask);
        while (edgeKeys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        edgeKeys[i] = key;
        edgeTargets[i] = target;
    }

    private void grow() {
        long[] oldKeys = edgeKeys;
        int[] oldTargets = edgeTargets;
        edgeKeys = emptyKeys(oldKeys.length * 2);
        edgeTargets = new int[oldTargets.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldTargets[i]);
            }
        }
    }

    private static long[] emptyKeys(int size) {
        long[] keys = new long[size];
        Arrays.fill(keys, EMPTY);
        return keys;
    }

    private static long key(int node, char c) {
        return (long) node << 16 | c;
    }

    /** Fibonacci hashing spreads neighbouring code points (CJK characters come in runs) over the table. */
    private static int slot(long key, int mask) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }
}
