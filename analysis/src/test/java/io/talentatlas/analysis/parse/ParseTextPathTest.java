package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.talentatlas.events.ArticleParsed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * parse(String) skips encoding to UTF-8 and decoding again when that gives the text back; it must answer exactly
 * as parse of the text's UTF-8 bytes does, articles and refusals alike.
 */
class ParseTextPathTest {

    private static final List<String> PREFIXES = List.of("", "", "", "\uFEFF", "%PDF-1.4\n", "PK\u0003\u0004",
            "\u007FELF", "\u0000", "<meta charset=\"gbk\">\n", "<META CHARSET=GB2312>", "\uD800", "x\uDC00\n",
            "\uD83D\uDE00 ", "GIF89a", " \n\t");

    private final ArticleParser parser = new ArticleParser();

    @Test
    void textAndItsBytesParseAlike() {
        Random random = new Random(20_261_203L);
        SeedMutator mutator = new SeedMutator(random);
        for (String name : Seeds.NAMES) {
            byte[] original = Seeds.bytes(name);
            for (int i = 0; i < 200; i++) {
                byte[] bytes = i == 0 ? original : mutator.mutate(original).bytes();
                String text = PREFIXES.get(random.nextInt(PREFIXES.size())) + new String(bytes, StandardCharsets.UTF_8);
                ParseOptions sized = random.nextInt(10) == 0
                        ? ParseOptions.defaults().withMaxBytes(1 + random.nextInt(original.length * 2))
                        : ParseOptions.defaults();
                ParseOptions options = random.nextBoolean() ? sized.withSourceName(name) : sized;
                assertEquals(outcome(() -> parser.parse(text.getBytes(StandardCharsets.UTF_8), options)),
                        outcome(() -> parser.parse(text, options)), name + " case " + i);
            }
        }
        assertEquals(outcome(() -> parser.parse((byte[]) null, null)), outcome(() -> parser.parse((String) null, null)));
        assertEquals(outcome(() -> parser.parse(new byte[0], null)), outcome(() -> parser.parse("", null)));
    }

    private static Object outcome(java.util.function.Supplier<ArticleParsed> parse) {
        try {
            return parse.get();
        } catch (ParseException e) {
            return e.problem() + ": " + e.detail();
        }
    }
}
