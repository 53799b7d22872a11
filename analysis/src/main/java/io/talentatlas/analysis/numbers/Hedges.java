package io.talentatlas.analysis.numbers;

import io.talentatlas.analysis.text.CharSet;
import java.util.List;
import java.util.Map;

/**
 * The hedge words around a number and the qualifier each one means (facts.md): words before the number
 * ({@code 近}, {@code 超过}, {@code 最高}, {@code 大于等于}), words after it ({@code 以上}, {@code 左右}, {@code 以内}),
 * and the filler that may stand between a leading hedge and the number ({@code 最高可达}, {@code 超过了}).
 */
final class Hedges {

    /** A hedge word found in the text: where it starts or ends, and what it means. */
    record Match(int start, int end, Qualifier qualifier) {
    }

    private static final Map<String, Qualifier> BEFORE = Map.ofEntries(
            Map.entry("逾", Qualifier.AT_LEAST),
            Map.entry("超", Qualifier.AT_LEAST), Map.entry("超过", Qualifier.AT_LEAST),
            Map.entry("突破", Qualifier.AT_LEAST), Map.entry("多于", Qualifier.AT_LEAST),
            Map.entry("高于", Qualifier.AT_LEAST), Map.entry("大于", Qualifier.AT_LEAST),
            Map.entry("大于等于", Qualifier.AT_LEAST), Map.entry("大于或等于", Qualifier.AT_LEAST),
            Map.entry("大于或者等于", Qualifier.AT_LEAST), Map.entry("不少于", Qualifier.AT_LEAST),
            Map.entry("不低于", Qualifier.AT_LEAST), Map.entry("不小于", Qualifier.AT_LEAST),
            Map.entry("至少", Qualifier.AT_LEAST), Map.entry("最少", Qualifier.AT_LEAST),
            Map.entry("≥", Qualifier.AT_LEAST), Map.entry(">", Qualifier.AT_LEAST),
            Map.entry(">=", Qualifier.AT_LEAST),
            Map.entry("近", Qualifier.APPROX), Map.entry("约", Qualifier.APPROX),
            Map.entry("大约", Qualifier.APPROX), Map.entry("将近", Qualifier.APPROX),
            Map.entry("接近", Qualifier.APPROX), Map.entry("大概", Qualifier.APPROX),
            Map.entry("最高", Qualifier.UP_TO), Map.entry("最多", Qualifier.UP_TO),
            Map.entry("不超过", Qualifier.UP_TO), Map.entry("不高于", Qualifier.UP_TO),
            Map.entry("不大于", Qualifier.UP_TO), Map.entry("不多于", Qualifier.UP_TO),
            Map.entry("小于", Qualifier.UP_TO), Map.entry("小于等于", Qualifier.UP_TO),
            Map.entry("小于或等于", Qualifier.UP_TO), Map.entry("小于或者等于", Qualifier.UP_TO),
            Map.entry("少于", Qualifier.UP_TO), Map.entry("低于", Qualifier.UP_TO),
            Map.entry("上限", Qualifier.UP_TO), Map.entry("上限为", Qualifier.UP_TO),
            Map.entry("≤", Qualifier.UP_TO), Map.entry("<", Qualifier.UP_TO), Map.entry("<=", Qualifier.UP_TO),
            Map.entry("等于", Qualifier.EXACT));

    private static final Map<String, Qualifier> AFTER = Map.ofEntries(
            Map.entry("以上", Qualifier.AT_LEAST), Map.entry("或以上", Qualifier.AT_LEAST),
            Map.entry("或者以上", Qualifier.AT_LEAST), Map.entry("或更多", Qualifier.AT_LEAST),
            Map.entry("或者更多", Qualifier.AT_LEAST), Map.entry("出头", Qualifier.AT_LEAST),
            Map.entry("左右", Qualifier.APPROX),
            Map.entry("以内", Qualifier.UP_TO), Map.entry("之内", Qualifier.UP_TO),
            Map.entry("以下", Qualifier.UP_TO), Map.entry("之下", Qualifier.UP_TO));

    /** Words that may stand between a leading hedge and its number. */
    private static final List<String> FILLERS = List.of("了", "达", "达到", "可达", "为", "有", "是", "可", "可获");

    /** Words that end in a one-character hedge but hedge nothing: 签约3家 is exact, 附近2所 too. */
    private static final List<String> FALSE_HEDGES = List.of("签约", "合约", "节约", "制约", "公约", "特约", "预约",
            "履约", "违约", "条约", "附近", "临近", "靠近", "邻近", "亲近", "就近", "最近", "赶超", "高超");

    /** The last characters of the fillers: before most numbers stands none, and no filler need be tried. */
    private static final CharSet FILLER_ENDS = CharSet.of(FILLERS.stream().map(f -> f.charAt(f.length() - 1)).toList());

    /**
     * The last characters of the leading and the first of the trailing hedges: next to most numbers stands none,
     * and one bit test answers there instead of a walk into the tries.
     */
    private static final CharSet BEFORE_ENDS = CharSet.of(BEFORE.keySet().stream()
            .map(word -> word.charAt(word.length() - 1)).toList());
    private static final CharSet AFTER_STARTS = CharSet.of(AFTER.keySet().stream().map(word -> word.charAt(0)).toList());

    private static final CharTrie<Qualifier> BEFORE_WORDS = trie(BEFORE);
    private static final CharTrie<Boolean> FALSE_HEDGE_WORDS = falseHedges();
    private static final CharTrie<Qualifier> AFTER_WORDS = trie(AFTER);

    private Hedges() {
    }

    /** The hedge word that ends at {@code end} (optionally followed by a filler), or null. */
    static Match before(String text, int end) {
        Match direct = wordEndingAt(text, end);
        if (direct != null || end < 2 || !FILLER_ENDS.contains(text.charAt(end - 1))) {
            return direct;
        }
        for (String filler : FILLERS) {
            int fillerStart = end - filler.length();
            if (fillerStart > 0 && text.startsWith(filler, fillerStart)) {
                Match hedge = wordEndingAt(text, fillerStart);
                if (hedge != null) {
                    return hedge;
                }
            }
        }
        return null;
    }

    /** The hedge word that starts at {@code start}, or null. */
    static Match after(String text, int start) {
        if (start >= text.length() || !AFTER_STARTS.contains(text.charAt(start))) {
            return null;
        }
        int length = AFTER_WORDS.longestFrom(text, start);
        return length == 0 ? null : new Match(start, start + length, AFTER_WORDS.get(text, start, start + length));
    }

    private static Match wordEndingAt(String text, int end) {
        if (end == 0 || !BEFORE_ENDS.contains(text.charAt(end - 1))) {
            return null;
        }
        int length = BEFORE_WORDS.longestEndingAt(text, end);
        if (length == 0 || FALSE_HEDGE_WORDS.longestEndingAt(text, end) > length) {
            return null;
        }
        return new Match(end - length, end, BEFORE_WORDS.get(text, end - length, end));
    }

    private static CharTrie<Boolean> falseHedges() {
        CharTrie<Boolean> trie = new CharTrie<>();
        FALSE_HEDGES.forEach(word -> trie.put(word, Boolean.TRUE));
        return trie;
    }

    private static CharTrie<Qualifier> trie(Map<String, Qualifier> words) {
        CharTrie<Qualifier> trie = new CharTrie<>();
        words.forEach(trie::put);
        return trie;
    }
}
