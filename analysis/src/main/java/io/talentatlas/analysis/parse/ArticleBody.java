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

    /** Chars encoded per digest update: 12 KiB of UTF-8 at most, a buffer that stays in the CPU cache. */
    private static final int CHUNK_CHARS = 4096;

    /** The body made of {@code blocks}, none empty (as BodyCleaner leaves them); headings by {@link Headings}. */
    static ArticleBody of(List<Block> blocks) {
        List<String> texts = new ArrayList<>(blocks.size());
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        int start = 0;
        for (Block block : blocks) {
            texts.add(block.text());
            paragraphs.add(new Paragraph(start, start + block.text().length(), Headings.isHeading(block)));
            start += block.text().length() + 1;
        }
        // String.join sizes the body from its parts and copies each once, straight into the String's own array
        // (a StringBuilder starts in Latin-1, widens at the first Chinese character and copies again at the end).
        return new ArticleBody(String.join("\n", texts), paragraphs);
    }

    /** Hex SHA-256 of the body. */
    String id() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            if (!updateWithBmpUtf8(sha256, text)) {
                sha256.reset();
                sha256.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Feeds the UTF-8 of {@code text} to {@code digest} chunk by chunk; false at the first surrogate (left to
     * String.getBytes, which also decides what a lone one becomes; the caller resets the digest). Faster than
     * getBytes, which encodes into a buffer three times the text's length and then copies it to size: the chunks
     * are small enough to stay in cache, and their chars are read from an array (no String.charAt checks).
     */
    private static boolean updateWithBmpUtf8(MessageDigest digest, String text) {
        char[] chars = new char[Math.min(text.length(), CHUNK_CHARS)];
        byte[] utf8 = new byte[chars.length * 3];
        for (int from = 0; from < text.length(); from += chars.length) {
            int count = Math.min(chars.length, text.length() - from);
            text.getChars(from, from + count, chars, 0);
            int length = encodeBmpUtf8(chars, count, utf8);
            if (length < 0) {
                return false;
            }
            digest.update(utf8, 0, length);
        }
        return true;
    }

    /** Writes the UTF-8 of {@code chars[0, count)} into {@code out} and returns its length, -1 at a surrogate. */
    private static int encodeBmpUtf8(char[] chars, int count, byte[] out) {
        int at = 0;
        for (int i = 0; i < count; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if ((c & 0xF800) != 0xD800) {
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
