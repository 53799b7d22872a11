package io.talentatlas.analysis.parse;

/**
 * One pass over bytes counting well-formed and broken UTF-8 multi-byte sequences, to tell a UTF-8 document with a
 * few damaged bytes from a document in another encoding.
 *
 * @param firstError     offset of the first byte that is not valid UTF-8, -1 when all are (a cut-off tail aside)
 * @param validMultibyte number of well-formed multi-byte sequences
 * @param invalid        number of bytes that start no well-formed sequence
 * @param truncatedTail  length of an incomplete sequence at the very end (a document cut mid-character), else 0
 */
record Utf8Scan(int firstError, int validMultibyte, int invalid, int truncatedTail) {

    /** Scans {@code raw}. */
    static Utf8Scan of(byte[] raw) {
        int firstError = -1;
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < raw.length) {
            int lead = raw[i] & 0xFF;
            int need = lead < 0x80 ? 0 : lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (need > 0 && i + need >= raw.length && continuations(raw, i + 1, raw.length)) {
                return new Utf8Scan(firstError, valid, invalid, raw.length - i);
            }
            if (need == 0) {
                i++;
            } else if (need > 0 && continuations(raw, i + 1, i + 1 + need)) {
                valid++;
                i += need + 1;
            } else {
                invalid++;
                firstError = firstError < 0 ? i : firstError;
                i++;
            }
        }
        return new Utf8Scan(firstError, valid, invalid, 0);
    }

    /** Ten well-formed sequences for each broken byte: a damaged UTF-8 document, not another encoding. */
    boolean mostlyUtf8() {
        return validMultibyte >= 10L * invalid;
    }

    private static boolean continuations(byte[] raw, int from, int to) {
        for (int j = from; j < to; j++) {
            if ((raw[j] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
