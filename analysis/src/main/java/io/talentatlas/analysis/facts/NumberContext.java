package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Quantity;

/**
 * The words around one number that decide what it counts.
 *
 * @param quantity      the number as the numbers layer read it
 * @param clause        the clause holding it
 * @param sentence      the sentence holding it
 * @param paragraph     the paragraph holding it
 * @param leftStart     body offset where the left context starts
 * @param left          words before the number in its clause (and before list-mates: 5万元、3万元一次性补助)
 * @param right         words after the number (after its last list-mate), up to the next number or clause end
 * @param inheritedVerb the verb governing a verbless clause, taken from an earlier clause of the sentence, or ""
 * @param clauseBefore  the clause's text before the number (with any leading hedge), cut once for all the rules
 */
public record NumberContext(
        Quantity quantity,
        Segment clause,
        Segment sentence,
        Segment paragraph,
        int leftStart,
        String left,
        String right,
        String inheritedVerb,
        String clauseBefore) {

    /** Stands for the number itself in {@link #text()}; lexicon patterns may span it. */
    public static final char MARK = '\uE000';

    /** Inherited verb, left words, the number's mark and right words, as lexicon patterns see them. */
    public String text() {
        return inheritedVerb + left + MARK + right;
    }

    /** Index of the mark in {@link #text()}. */
    public int mark() {
        return inheritedVerb.length() + left.length();
    }
}
