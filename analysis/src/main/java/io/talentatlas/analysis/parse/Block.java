package io.talentatlas.analysis.parse;

/**
 * A paragraph candidate as an extractor found it, before bylines and chrome are taken out.
 *
 * @param text    the text, one line, cleaned ({@link TextNormalizer#cleanLine})
 * @param heading true when the source marks it as a heading ({@code <h2>}, a {@code <strong>}-only paragraph,
 *                a Markdown {@code #} line); short standalone lines are recognised later too
 */
record Block(String text, boolean heading) {

    /** A block of plain text, heading or not to be decided from its shape. */
    static Block of(String rawText) {
        return new Block(TextNormalizer.cleanLine(rawText), false);
    }

    /** A block the source marks as a heading. */
    static Block heading(String rawText) {
        return new Block(TextNormalizer.cleanLine(rawText), true);
    }
}
