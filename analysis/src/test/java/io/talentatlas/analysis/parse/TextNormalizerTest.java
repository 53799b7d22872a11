package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void makesFullWidthDigitsLettersAndSpacesHalfWidth() {
        assertEquals("引进人才5.2万人 ABC xyz", TextNormalizer.normalize("引进人才５.２万人\u3000ＡＢＣ\u00A0ｘｙｚ"));
    }

    @Test
    void keepsChinesePunctuation() {
        String text = "人才，“引育留用”：全链条；（一）！？《规划》、…—";
        assertEquals(text, TextNormalizer.normalize(text));
    }

    @Test
    void normalizesLineBreaks() {
        assertEquals("一\n二\n三\n四", TextNormalizer.normalize("一\r\n二\r三\u2028四"));
    }

    @Test
    void removesInvisibleAndControlCharacters() {
        assertEquals("人才强市", TextNormalizer.normalize("\uFEFF人\u200B才\u0007强\u0085".replace("\u0085", "") + "市"));
    }

    @Test
    void cleansALine() {
        assertEquals("大庆日报社全媒体记者 徐卫", TextNormalizer.cleanLine("  大庆日报社全媒体记者\u3000\t 徐卫 \n"));
        assertEquals("", TextNormalizer.cleanLine(" \u3000\u00A0 "));
    }

    @Test
    void cleansARangeOfNormalizedTextAsCleanLineDoes() {
        Random random = new Random(7);
        String alphabet = "  \n人才a。";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            String expected = TextNormalizer.cleanLine(text.substring(start, end));
            assertEquals(expected, TextNormalizer.cleanNormalized(text.toString(), start, end), text.toString());
        }
    }
}
