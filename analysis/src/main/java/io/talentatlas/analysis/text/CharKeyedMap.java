package io.talentatlas.analysis.text;

import java.util.function.Supplier;

/**
 * A map from {@code char} to a value with open addressing and no boxing: the tries of the numbers and regions
 * layers look one up at nearly every character of every article, where {@code HashMap<Character, …>} spent more
 * time hashing and comparing boxed characters than the lookups were worth. Not thread-safe while it is being
 * filled; safe to share once built.
 *
 * @param <V> the values
 */
public final class CharKeyedMap<V> {

    private char[] keys = new char[4];
    private Object[] values = new Object[4];
    private int size;

    /** The value for {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(char key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** The value for {@code key}, put there first from {@code create} when there is none. */
    public V computeIfAbsent(char key, Supplier<V> create) {
        V existing = get(key);
        if (existing != null) {
            return existing;
        }
        V created = create.get();
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(key, created);
        size++;
        return created;
    }

    public int size() {
        return size;
    }

    private void insert(char key, Object value) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        char[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new char[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Fibonacci hashing spreads neighbouring code points (CJK characters come in runs) over the table. */
    private static int slot(char key, int mask) {
        return (key * 0x9E3779B1 >>> 16) & mask;
    }
}
