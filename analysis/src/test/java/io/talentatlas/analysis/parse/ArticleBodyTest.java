package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The id is the hex SHA-256 of the body's UTF-8, whatever characters the body holds. */
class ArticleBodyTest {

    @Test
    void idIsTheSha256OfTheUtf8() throws Exception {
        for (String text : List.of("a", "ascii only", "é ß ©", "黑龙江日报", "mixed 中文 é \u07FF\u0800\uFFFF",
                "emoji \uD83D\uDE00 pair", "lone \uD800 high", "lone \uDC00 low", "\uDBFF\uDFFF", "\u0000\u007F")) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            assertEquals(HexFormat.of().formatHex(digest), new ArticleBody(text, List.of()).id(), text);
        }
    }
}
