package io.talentatlas.analysis.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads the paragraphs of a Markdown body: blank lines separate paragraphs, {@code #} lines and paragraphs that are
 * one {@code **bold**} run are headings, link and emphasis markup and inline HTML are reduced to their text, images
 * are dropped.
 */
final class MarkdownBlocks {

    private static final Pattern ATX_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BOLD_ONLY = Pattern.compile("^(\\*\\*|__)([^*_]+)\\1$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*)");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d+\\.)\\s+|^>\\s*");

    private MarkdownBlocks() {
    }

    /** The paragraphs of {@code markdown}. */
    static List<Block> of(String markdown) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            String stripped = line.strip();
            // Both patterns are ^-anchored in every branch (no MULTILINE): lookingAt() is find() at one position.
            boolean heading = ATX_HEADING.matcher(stripped).lookingAt();
            if (stripped.isEmpty() || heading || LIST_MARKER.matcher(stripped).lookingAt()) {
                flush(paragraph, blocks);
            }
            if (heading) {
                blocks.add(Block.heading(inline(ATX_HEADING.matcher(stripped).replaceFirst(""))));
            } else if (!stripped.isEmpty()) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(stripped);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        String text = LIST_MARKER.matcher(paragraph.toString()).replaceFirst("");
        paragraph.setLength(0);
        if (text.isBlank()) {
            return;
        }
        var bold = BOLD_ONLY.matcher(text);
        blocks.add(bold.matches() ? Block.heading(inline(bold.group(2))) : Block.of(inline(text)));
    }

    private static String inline(String text) {
        String withoutTags = text.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(text).body().text() : text;
        String withoutImages = IMAGE.matcher(withoutTags).replaceAll("");
        String withoutLinks = LINK.matcher(withoutImages).replaceAll("$1");
        return EMPHASIS.matcher(withoutLinks).replaceAll("");
    }
}
