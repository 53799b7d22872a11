package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The word-at-a-time NUL search reports the first zero byte wherever it sits. */
class TextDecoderNulTest {

    @Test
    void reportsTheFirstNulAtEveryOffset() {
        for (int length = 1; length <= 40; length++) {
            for (int at = 0; at < length; at++) {
                byte[] raw = new byte[length];
                Arrays.fill(raw, (byte) 'a');
                raw[at] = 0;
                if (at + 3 < length) {
                    raw[at + 3] = 0;
                }
                ParseException e = assertThrows(ParseException.class, () -> TextDecoder.decode(raw));
                assertEquals("NUL byte at offset " + at + ": binary data", e.detail());
            }
        }
        assertEquals("ab\u0101", TextDecoder.decode(new byte[] {'a', 'b', (byte) 0xC4, (byte) 0x81}));
    }
}
