package io.talentatlas.analysis.parse;

import io.talentatlas.events.Paragraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The cleaned body of an article: its paragraphs joined by {@code \n}, each paragraph's offsets into it, and the
 * article id, the hex SHA-256 of the body's UTF-8 bytes, so that the same text from any source is one article.
 *
 * @param text       the body
 * @param paragraphs offsets of each paragraph, headings marked
 */
record ArticleBody(String text, List<Paragraph> paragraphs) {

    /** The body made of {@code blocks}, headings decided by {@link Headings}. */
    static ArticleBody of(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(block.text());
            paragraphs.add(new Paragraph(start, text.length(), Headings.isHeading(block)));
        }
        return new ArticleBody(text.toString(), paragraphs);
    }

    /** Hex SHA-256 of the body. */
    String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
