package io.talentatlas.analysis.numbers;

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

    private static final int LONGEST_BEFORE = 6;
    private static final int LONGEST_AFTER = 4;

    private Hedges() {
    }

    /** The hedge word that ends at {@code end} (optionally followed by a filler), or null. */
    static Match before(String text, int end) {
        Match direct = wordEndingAt(text, end);
        if (direct != null) {
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
        for (int length = Math.min(LONGEST_AFTER, text.length() - start); length > 0; length--) {
            Qualifier qualifier = AFTER.get(text.substring(start, start + length));
            if (qualifier != null) {
                return new Match(start, start + length, qualifier);
            }
        }
        return null;
    }

    private static Match wordEndingAt(String text, int end) {
        for (int length = Math.min(LONGEST_BEFORE, end); length > 0; length--) {
            Qualifier qualifier = BEFORE.get(text.substring(end - length, end));
            if (qualifier != null) {
                return new Match(end - length, end, qualifier);
            }
        }
        return null;
    }
}
