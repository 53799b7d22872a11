package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Whenever the fast path answers, SnakeYAML (as the Jekyll reader configures it) must load the very same map. */
class SimpleFrontMatterTest {

    private static final List<String> KEYS = List.of("title", "date", "author", "authors", "url", "source", "yes",
            "null", "on", "No", "a1", "_x", "1a", "ti tle", "<<", "t-x", "标题", "TRUE", "y", "x_");
    private static final List<String> PIECES = List.of("post", "依托产业发展", "2022-01-04 07:38:30 +0800", "12",
            "0x1F", "1_000", "3.5", "1e3", ".inf", ".NaN", "~", "null", "yes", "Off", "true", "-5", "+7", "0o17",
            "1:20", "a: b", "a:b", "a:", "a :b", "a:b:c", "07:38:30", "a #c", "#c", "\"q\"", "\"q", "'s'", "a  b", "a ", " a", "[1, 2]", "{a: 1}", "&x a",
            "*x", "!tag a", "|", ">", "%x", "@x", "`x", "a/b", "a.b", "a+b", "a-b", "中文：冒号", "\"含\\\"转义\"",
            "\"\"", "\"a: b # c\"", "\"  spaced  \"", "\u00A0x", "x\u2028y", "\uFEFFx", "é", "e\u0301", "2022-01-04",
            "2022-01-04T07:38:30+08:00", "0", "00", "-", "?", "? x", ": x", "a,b", "=", "<<");

    private final Yaml yaml = JekyllExtractor.newYaml();

    @Test
    void agreesWithSnakeYamlOnRandomFrontMatter() {
        Random random = new Random(20_261_202L);
        int answered = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(5);
            for (int i = 0; i < lines; i++) {
                String separator = random.nextInt(10) == 0 ? List.of(":", " : ", ":  ", ":\t").get(random.nextInt(4))
                        : ": ";
                text.append(KEYS.get(random.nextInt(KEYS.size()))).append(separator)
                        .append(PIECES.get(random.nextInt(PIECES.size()))).append('\n');
            }
            answered += check(text.toString()) ? 1 : 0;
        }
        assertTrue(answered > 300, "the fast path answered only " + answered + " times");
    }

    @Test
    void readsTheUsualPost() {
        String front = "layout: post\ntitle: \"依托产业发展优势\"\ndate: 2022-01-04 07:38:30 +0800\ntags: 黑龙江日报新闻\n";
        assertTrue(check(front));
        assertEquals(Optional.empty(), SimpleFrontMatter.read("title: x", JekyllExtractor.RESOLVER));
        assertEquals(Optional.empty(), SimpleFrontMatter.read("", JekyllExtractor.RESOLVER));
        assertEquals(Optional.empty(), SimpleFrontMatter.read("count: 12\n", JekyllExtractor.RESOLVER));
    }

    /** True when the fast path answered (and then agreed with SnakeYAML). */
    private boolean check(String front) {
        Optional<Map<String, String>> fast = SimpleFrontMatter.read(front, JekyllExtractor.RESOLVER);
        if (fast.isEmpty()) {
            return false;
        }
        Object loaded = yaml.load(front);
        assertEquals(loaded, fast.get(), front);
        assertEquals(List.copyOf(((Map<?, ?>) loaded).keySet()), List.copyOf(fast.get().keySet()), front);
        return true;
    }
}
