package io.talentatlas.events;

/**
 * One paragraph of a cleaned article body, as character offsets (UTF-16, end exclusive) into the body.
 *
 * @param start   offset of the first character
 * @param end     offset after the last character
 * @param heading true for a section heading (a short line the source marks or that stands alone as a title)
 */
public record Paragraph(int start, int end, boolean heading) {

    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph offsets [" + start + ", " + end + ")");
        }
    }

    /** The paragraph's text within {@code body}. */
    public String text(String body) {
        return body.substring(start, end);
    }
}
