package io.talentatlas.analysis.parse;

/**
 * Whether text decoded from a legacy Chinese encoding reads as Chinese: random bytes often decode as GB18030 too,
 * but into rare symbols, private-use and four-byte characters rather than common hanzi and punctuation.
 */
final class PlausibleText {

    private PlausibleText() {
    }

    /** True when at least nine in ten non-ASCII characters are common CJK ideographs, punctuation or symbols. */
    static boolean isChinese(String text) {
        long nonAscii = 0;
        long common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (isCommon(c)) {
                common++;
            }
        }
        return common * 10 >= nonAscii * 9;
    }

    private static boolean isCommon(char c) {
        return c >= 0x4E00 && c <= 0x9FFF
                || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFFEF
                || c >= 0x2000 && c <= 0x206F
                || c >= 0x00A0 && c <= 0x00FF
                || c >= 0x2460 && c <= 0x25FF;
    }
}
