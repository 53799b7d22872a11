package io.talentatlas.analysis.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a document into text: refuses binary data, honours a byte-order mark and a declared HTML
 * charset, else reads strict UTF-8 and falls back to GB18030 (the superset of GBK/GB2312 many Chinese government
 * sites still serve). Mostly-UTF-8 bytes with a few broken sequences are refused rather than read as GB18030 mojibake.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] CHARSET_WORD = "charset".getBytes(StandardCharsets.US_ASCII);
    /** The magic numbers that UTF-8 text can start with (the others hold bytes UTF-8 never makes there). */
    private static final List<String> TEXT_MAGIC = List.of("%PDF", "GIF8", "PK\u0003\u0004", "\u007FELF");
    private static final List<byte[]> MAGIC = List.of(
            "%PDF".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "GIF8".getBytes(StandardCharsets.US_ASCII), new byte[] {'P', 'K', 3, 4},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, new byte[] {0x1F, (byte) 0x8B},
            new byte[] {0x7F, 'E', 'L', 'F'}, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

    private TextDecoder() {
    }

    /** The text of {@code raw}; throws {@link ParseException} (binary, undecodable) when there is none. */
    static String decode(byte[] raw) {
        rejectBinary(raw);
        if (startsWith(raw, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            String clean = wellFormedUtf8(raw, 3, raw.length);
            return clean != null ? clean : strictUtf8(raw, 3, Utf8Scan.of(raw));
        }
        if (startsWith(raw, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return strict(raw, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(raw, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return strict(raw, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (declaresGb(raw)) {
            try {
                return decodeStrict(raw, 0, GB18030);
            } catch (CharacterCodingException e) {
                // A wrong declaration is common; detection below decides.
            }
        }
        return detect(raw);
    }

    /**
     * What {@link #decode} would return for the UTF-8 bytes of {@code text}, or null when that takes the bytes to
     * tell (then the caller encodes and decodes as usual). The bytes of a text with no lone surrogate decode back
     * to it when nothing else intervenes: no NUL byte or magic number, no charset declaration to honour, size
     * within {@code maxBytes}; a leading U+FEFF is read as the byte-order mark it encodes to.
     */
    static String asIfDecoded(String text, long maxBytes) {
        if (text.isEmpty() || !fitsUtf8(text, maxBytes) || text.indexOf('\0') >= 0
                || mentionsCharset(text) || TEXT_MAGIC.stream().anyMatch(text::startsWith)) {
            return null;
        }
        return text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /**
     * True when {@code text} has no lone surrogate and its UTF-8 takes at most {@code maxBytes}. No char takes more
     * than three bytes (a surrogate pair takes four for two chars), so a text without surrogates and at most a third
     * of the limit long fits without its bytes being counted; finding no surrogate is the cheaper scan.
     */
    private static boolean fitsUtf8(String text, long maxBytes) {
        if (text.length() * 3L <= maxBytes && !hasSurrogate(text)) {
            return true;
        }
        return utf8Length(text) <= maxBytes;
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ((text.charAt(i) & 0xF800) == 0xD800) {
                return true;
            }
        }
        return false;
    }

    /** The length of the UTF-8 encoding of {@code text}, or Long.MAX_VALUE when it has a lone surrogate. */
    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if ((c & 0xF800) != 0xD800) {
                length += 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                return Long.MAX_VALUE;
            }
        }
        return length;
    }

    /**
     * "charset" in any ASCII case among the first 2048 chars, which cover the first 2048 bytes of the UTF-8. Read
     * from the chars: their ISO-8859-1 bytes would give the same answer ('?' for those beyond it, and no char from
     * U+0080 on ORs with 0x20 into ASCII), without encoding a copy of the head. Only a 'c' or 'C' can start the
     * word, and String.indexOf finds those vectorised (past the head too, which costs less than a char loop).
     */
    private static boolean mentionsCharset(String text) {
        int last = Math.min(text.length(), 2048) - CHARSET_WORD.length;
        for (char first : new char[] {'c', 'C'}) {
            for (int at = text.indexOf(first); at >= 0 && at <= last; at = text.indexOf(first, at + 1)) {
                if (startsWithIgnoringAsciiCase(text, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringAsciiCase(String text, int at) {
        for (int k = 1; k < CHARSET_WORD.length; k++) {
            if ((text.charAt(at + k) | 0x20) != CHARSET_WORD[k]) {
                return false;
            }
        }
        return true;
    }

    private static String detect(byte[] raw) {
        String clean = wellFormedUtf8(raw, 0, raw.length);
        if (clean != null) {
            return clean;
        }
        Utf8Scan scan = Utf8Scan.of(raw);
        if (scan.firstError() < 0) {
            return strictUtf8(raw, 0, scan);
        }
        if (scan.mostlyUtf8()) {
            throw new ParseException(ParseProblem.UNDECODABLE,
                    "malformed UTF-8 at byte " + scan.firstError() + " in a UTF-8 document");
        }
        try {
            String text = decodeStrict(raw, 0, GB18030);
            if (PlausibleText.isChinese(text)) {
                return text;
            }
        } catch (CharacterCodingException e) {
            // Falls through to the refusal below.
        }
        throw new ParseException(ParseProblem.UNDECODABLE,
                "neither UTF-8 nor GB18030/GBK text (first byte not valid as UTF-8: " + scan.firstError() + ")");
    }

    private static void rejectBinary(byte[] raw) {
        for (byte[] magic : MAGIC) {
            if (startsWith(raw, magic)) {
                throw new ParseException(ParseProblem.BINARY, "the bytes start like a binary file (PDF, image,"
                        + " archive or executable), not a text document");
            }
        }
        boolean utf16 = startsWith(raw, new byte[] {(byte) 0xFF, (byte) 0xFE})
                || startsWith(raw, new byte[] {(byte) 0xFE, (byte) 0xFF});
        int nul = utf16 ? -1 : firstNul(raw);
        if (nul >= 0) {
            throw new ParseException(ParseProblem.BINARY, "NUL byte at offset " + nul + ": binary data");
        }
    }

    /**
     * The offset of the first zero byte, or -1. Eight bytes are tested at once (a word has a zero byte exactly
     * when (v - 0x01…01) & ~v & 0x80…80 is not zero); the word that has one is then searched byte by byte.
     */
    private static int firstNul(byte[] raw) {
        int i = 0;
        for (; i + Long.BYTES <= raw.length; i += Long.BYTES) {
            long word = (long) LONGS.get(raw, i);
            if (((word - 0x0101010101010101L) & ~word & 0x8080808080808080L) != 0) {
                break;
            }
        }
        for (; i < raw.length; i++) {
            if (raw[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text of {@code raw[offset, end)} when those bytes are well-formed UTF-8, else null. Fast path: the JDK
     * decoder replaces every malformed or cut-off sequence with U+FFFD, so a result without U+FFFD means the bytes
     * are well-formed and the strict decoder would return this very text.
     */
    private static String wellFormedUtf8(byte[] raw, int offset, int end) {
        String lenient = new String(raw, offset, end - offset, StandardCharsets.UTF_8);
        return lenient.indexOf('\uFFFD') < 0 ? lenient : null;
    }

    private static String strictUtf8(byte[] raw, int offset, Utf8Scan scan) {
        int length = Math.max(offset, raw.length - scan.truncatedTail());
        String clean = wellFormedUtf8(raw, offset, length);
        if (clean != null) {
            return clean;
        }
        try {
            return decodeStrict(raw, offset, length, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ParseException(ParseProblem.UNDECODABLE,
                    "malformed UTF-8 at byte " + Math.max(scan.firstError(), 0));
        }
    }

    private static String strict(byte[] raw, int offset, Charset charset, String name) {
        try {
            return decodeStrict(raw, offset, charset);
        } catch (CharacterCodingException e) {
            throw new ParseException(ParseProblem.UNDECODABLE, "malformed " + name + " after its byte-order mark");
        }
    }

    private static String decodeStrict(byte[] raw, int offset, Charset charset) throws CharacterCodingException {
        return decodeStrict(raw, offset, raw.length, charset);
    }

    private static String decodeStrict(byte[] raw, int from, int to, Charset charset)
            throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(raw, from, to - from));
        return chars.toString();
    }

    private static boolean declaresGb(byte[] raw) {
        int headLength = Math.min(raw.length, 2048);
        // Every match contains "charset" (ASCII, any case): without it the regex cannot match the head.
        if (!containsCharsetWord(raw, headLength)) {
            return false;
        }
        String head = new String(raw, 0, headLength, StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED.matcher(head);
        return matcher.find() && matcher.group(1).toLowerCase(Locale.ROOT).startsWith("gb");
    }

    /** Whether bytes [0, length) hold "charset" in any ASCII case (as CASE_INSENSITIVE without UNICODE_CASE). */
    private static boolean containsCharsetWord(byte[] raw, int length) {
        for (int i = 0; i + CHARSET_WORD.length <= length; i++) {
            if ((raw[i] | 0x20) == 'c' && startsWithIgnoringAsciiCase(raw, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringAsciiCase(byte[] raw, int at) {
        for (int k = 1; k < CHARSET_WORD.length; k++) {
            if ((raw[at + k] | 0x20) != CHARSET_WORD[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] raw, byte[] prefix) {
        if (raw.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (raw[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
