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
        // Sized beforehand (texts and line breaks), so the builder never grows and copies.
        int length = blocks.size();
        for (Block block : blocks) {
            length += block.text().length();
        }
        StringBuilder text = new StringBuilder(length);
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
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] utf8 = new byte[text.length() * 3];
            int length = encodeBmpUtf8(text, utf8);
            if (length >= 0) {
                sha256.update(utf8, 0, length);
            } else {
                sha256.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Writes the UTF-8 of {@code text} into {@code out} and returns its length, or -1 at the first surrogate (left
     * to String.getBytes, which also decides what a lone one becomes). Faster than getBytes, which encodes into
     * a buffer of its own and then copies it to size.
     */
    private static int encodeBmpUtf8(String text, byte[] out) {
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else {
                return -1;
            }
        }
        return at;
    }
}
