package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void holdsTheLinesStringLinesGives() {
        for (String text : List.of("", "a", "a\n", "\n", "\n\n", "a\n\nb", "标题\n  正文  第一段 \n\n第二段", "x\n".repeat(40))) {
            TextLines lines = TextLines.of(text);
            assertEquals(text.lines().toList(), lines, text);
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(TextNormalizer.cleanLine(lines.get(i)), lines.cleaned(i));
            }
        }
    }

    @Test
    void refusesALineItDoesNotHave() {
        assertThrows(IndexOutOfBoundsException.class, () -> TextLines.of("a\nb").get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> TextLines.of("a\nb").cleaned(-1));
    }
}
