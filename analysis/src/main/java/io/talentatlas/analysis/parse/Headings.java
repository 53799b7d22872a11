package io.talentatlas.analysis.parse;

/**
 * Tells section headings from body paragraphs. A paragraph the source marks ({@code <h2>}, {@code <strong>}-only,
 * Markdown {@code #}) is a heading; so is a short line that stands alone and does not end like a sentence
 * (no 。！？；：， … before its closing quotes), such as {@code 搭建聚才引才“凤凰台”}.
 */
final class Headings {

    private static final int MAX_HEADING_LENGTH = 30;
    private static final String TERMINAL = "。！？!?；;：:，,、…—.";
    private static final String CLOSERS = "”’」』）)】》\"'";

    private Headings() {
    }

    /** True when {@code block} is a heading. */
    static boolean isHeading(Block block) {
        return block.heading() || looksLikeHeading(block.text());
    }

    private static boolean looksLikeHeading(String text) {
        if (text.length() > MAX_HEADING_LENGTH || hanCount(text) < 2) {
            return false;
        }
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && TERMINAL.indexOf(text.charAt(end - 1)) < 0;
    }

    private static int hanCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                count++;
            }
        }
        return count;
    }
}
