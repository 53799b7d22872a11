package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The fast path gives Jsoup's blocks whenever it answers, and answers for the seed posts' plain markup. */
class SimpleHtmlBodyTest {

    /** Tags and text the fast path reads, and some it must leave to Jsoup. */
    private static final List<String> PIECES = List.of("<p>", "</p>", "<p class=\"em_media\">", "<strong>",
            "</strong>", "<b>", "</b>", "人才", "引进人才5.2万人。", " ", "\n", "  ", "a", "（文章来源：经济日报）", "“先手棋”",
            "<p class=\"a b\">", "<P>", "<div>", "</div>", "<br>", "<p >", "<p class='x'>", "<i>", "</i>", "&amp;",
            "&", "<", ">", "\u00A0", "\u3000", "\u1680", "\u00AD", "\u200B", "\t", "\r", "ｘ", "<strong >", "</p ",
            "[返回首页](//finews.withounder.com/)");

    @Test
    void answersAsJsoupDoesForRandomMarkup() {
        Random random = new Random(20_261_203L);
        int answered = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder html = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int k = 0; k < pieces; k++) {
                // Mostly the pieces the fast path reads, so that it answers often.
                html.append(PIECES.get(random.nextInt(random.nextInt(8) > 0 ? 15 : PIECES.size())));
            }
            Optional<List<Block>> fast = SimpleHtmlBody.blocks(html.toString());
            if (fast.isPresent()) {
                answered++;
                assertEquals(jsoup(html.toString()), fast.get(), html.toString());
            }
        }
        assertTrue(answered > 5_000, "answered " + answered);
    }

    @Test
    void readsTheSeedPostsPlainParagraphs() {
        for (String name : List.of("000_d558f9b531ea3abf.txt", "004_05e16e586b8fd86e.txt")) {
            String text = TextNormalizer.normalize(Seeds.text(name));
            String body = text.substring(text.indexOf("<p>")).replaceAll("<http[^>]*>", "");
            assertEquals(Optional.of(jsoup(body)), SimpleHtmlBody.blocks(body), name);
        }
    }

    @Test
    void marksAParagraphThatIsOneRunAsAHeading() {
        assertEquals(Optional.of(List.of(Block.heading("下好人才兴绥的“先手棋”"), Block.of("正文。"), Block.of("a"), Block.of("bc"))),
                SimpleHtmlBody.blocks("<p> <strong>下好人才兴绥的“先手棋”</strong>\n</p><p>正文。</p>a<p><b>b</b>c</p>"));
    }

    @Test
    void leavesOtherMarkupToJsoup() {
        for (String html : List.of("<p>a&amp;b</p>", "<div>a</div>", "<p>a<strong>b</p>", "<strong>a</strong>",
                "<p>a</b></p>", "<p>a\u00A0b</p>", "<p><strong>a<b>b</b></strong></p>", "<p>a<br>b</p>")) {
            assertEquals(Optional.empty(), SimpleHtmlBody.blocks(html), html);
        }
    }

    private static List<Block> jsoup(String html) {
        return HtmlBlocks.of(Jsoup.parseBodyFragment(html).body());
    }
}
