package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talentatlas.events.ArticleParsed;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintTest {

    private static final ArticleParser PARSER = new ArticleParser();
    private final NearDuplicates near = new NearDuplicates();

    private static ArticleParsed parse(byte[] raw) {
        return PARSER.parse(raw, ParseOptions.defaults());
    }

    /**
     * A repost on another site: its own chrome the parser does not know (a "转自" preface, a different credit line),
     * the closing paragraph cut, the whole wrapped in another page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void aRepostInOtherChromeIsNear(String seed) {
        ArticleParsed original = parse(Seeds.bytes(seed));
        String body = original.body();
        String reposted = "本文转自某某网,欢迎关注我们的公众号获取更多人才政策资讯。\n"
                + body.substring(0, body.lastIndexOf('\n'))
                + "\n本文仅代表作者观点,不代表本平台立场,来源:某某客户端 作者:佚名 审核:李四";
        ArticleParsed repost = parse(("<html><body><div class=\"c\">" + reposted.replace("\n", "<p>")
                + "</div></body></html>").getBytes(StandardCharsets.UTF_8));
        assertTrue(near.near(Fingerprint.of(original.body()), Fingerprint.of(repost.body())),
                () -> "distance " + NearDuplicates.distance(Fingerprint.of(original.body()),
                        Fingerprint.of(repost.body())));
    }

    @Test
    void differentSeedsAreNotNear() {
        for (int i = 0; i < Seeds.NAMES.size(); i++) {
            for (int j = i + 1; j < Seeds.NAMES.size(); j++) {
                long a = Fingerprint.of(parse(Seeds.bytes(Seeds.NAMES.get(i))).body());
                long b = Fingerprint.of(parse(Seeds.bytes(Seeds.NAMES.get(j))).body());
                assertFalse(near.near(a, b), Seeds.NAMES.get(i) + " vs " + Seeds.NAMES.get(j));
                assertTrue(NearDuplicates.distance(a, b) > 2 * NearDuplicates.DEFAULT_MAX_DISTANCE);
            }
        }
    }

    @Test
    void ignoresWhitespaceAndIsStable() {
        assertEquals(Fingerprint.of("人才引进工作成效显著"), Fingerprint.of("人才 引进\n工作成效 显著"));
        assertEquals(0L, Fingerprint.of("人才"));
        assertEquals(0, NearDuplicates.distance(-1L, -1L));
        assertEquals(64, NearDuplicates.distance(0L, -1L));
    }

    @Test
    void rejectsImpossibleThresholds() {
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(-1));
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(65));
    }
}
