package io.talentatlas.analysis.facts;

/**
 * A stretch of the cleaned body: a paragraph, a sentence or a clause, as UTF-16 offsets (end exclusive).
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 */
public record Segment(int start, int end) {

    /** Whether the offset lies inside this segment. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** The segment's text within {@code body}. */
    public String text(String body) {
        return body.substring(start, end);
    }
}
