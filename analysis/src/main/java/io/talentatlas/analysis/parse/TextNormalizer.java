package io.talentatlas.analysis.parse;

/**
 * The character-level normalization every document goes through, so that the same article in another encoding,
 * with other line endings or other spaces gets the same body and id: line breaks become {@code \n}; byte-order and
 * zero-width marks and control characters go; full-width digits and Latin letters become half-width; the
 * ideographic space, NBSP and other Unicode spaces become a plain space. Chinese punctuation (，。：“” …) stays.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** {@code text} with line breaks, spaces and full-width alphanumerics normalized; line structure kept. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                appendNormalized(out, c);
            }
        }
        return out.toString();
    }

    /** One line or paragraph: normalized, runs of spaces collapsed to one, no space at either end. */
    static String cleanLine(String line) {
        String normalized = normalize(line);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean pendingSpace = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == ' ' || c == '\n') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void appendNormalized(StringBuilder out, char c) {
        if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
            out.append('\n');
        } else if (c == '\t' || isSpace(c)) {
            out.append(' ');
        } else if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            out.append((char) (c - 0xFEE0));
        } else if (!isInvisible(c)) {
            out.append(c);
        }
    }

    private static boolean isSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F';
    }

    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || c >= '\u200B' && c <= '\u200D' || c == '\u2060'
                || c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F;
    }
}
