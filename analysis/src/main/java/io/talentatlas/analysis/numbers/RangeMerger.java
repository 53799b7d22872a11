package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins two neighbouring mentions that state one range: {@code 3000至5000元}, {@code 3—5年}, {@code 1万至2万元},
 * {@code 20和30之间}, and a lower and an upper bound side by side ({@code 大于10小于20}, {@code 1000以上，1500以下}).
 * The result carries the upper bound as value, the lower bound as valueMin, and {@link Qualifier#UP_TO}.
 */
final class RangeMerger {

    private static final String[] CONNECTORS = {"至", "到", "-", "~", "--", "和", "与"};
    private static final int LONGEST_CONNECTOR = Arrays.stream(CONNECTORS).mapToInt(String::length).max().orElse(0);
    private static final String[] BETWEEN_ENDS = {"之间", "间"};
    private static final String BOUND_GAP = "的同时并且而,， 、";
    private static final int LONGEST_BOUND_GAP = 4;

    private final String text;

    RangeMerger(String text) {
        this.text = text;
    }

    List<Mention> merge(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (joinConnected(last, m) || joinBounds(last, m))) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * 比30大于50: the first number's unit (大) is the second one's hedge (大于), so the two share a character. With no
     * gap there is no connector or bound word between them, and nothing to join.
     */
    private static boolean overlap(Mention first, Mention second) {
        return second.start < first.end;
    }

    /** {@code A至B}, {@code A-B}, {@code A和B之间}: A takes B's unit and multiplier when it has none. */
    private boolean joinConnected(Mention low, Mention high) {
        if (overlap(low, high) || high.start - low.end > LONGEST_CONNECTOR + 1) {
            // Longer than any connector even with an ordinal's 第: most neighbours stand far apart; no substring.
            return false;
        }
        String gap = text.substring(low.end, high.start);
        if (low.kind == QuantityKind.ORDINAL && gap.endsWith("第")) {
            gap = gap.substring(0, gap.length() - 1);
        }
        boolean between = gap.equals("和") || gap.equals("与");
        boolean plainLow = low.qualifier == Qualifier.EXACT || low.qualifier == Qualifier.APPROX;
        if (!isConnector(gap) || !plainLow || !compatible(low, high)) {
            return false;
        }
        if (between && high.hasUnitWord() && high.unitWord.word().equals("间")) {
            dropUnit(high);
        }
        int betweenEnd = between ? betweenEnd(high.end) : high.end;
        if (between && betweenEnd < 0) {
            return false;
        }
        BigDecimal min = scaledLowerBound(low, high);
        if (min.compareTo(high.value) >= 0) {
            return false;
        }
        joinInto(low, high, min, betweenEnd);
        return true;
    }

    /** 大于10小于20, 不大于50不小于20, 1000以上，1500以下: one lower and one upper bound. */
    private boolean joinBounds(Mention first, Mention second) {
        if (overlap(first, second) || second.start - first.end > LONGEST_BOUND_GAP) {
            // The same test as below, made before the gap is cut out of the text.
            return false;
        }
        String gap = text.substring(first.end, second.start);
        if (gap.length() > LONGEST_BOUND_GAP || !onlyGapChars(gap) || first.qualifier == second.qualifier) {
            return false;
        }
        Mention lower = first.qualifier == Qualifier.AT_LEAST ? first : second;
        Mention upper = first.qualifier == Qualifier.UP_TO ? first : second;
        if (lower.qualifier != Qualifier.AT_LEAST || upper.qualifier != Qualifier.UP_TO
                || lower.value.compareTo(upper.value) >= 0 || upper.valueMin != null) {
            return false;
        }
        BigDecimal min = lower.value;
        first.value = upper.value;
        first.valueMin = min;
        first.qualifier = Qualifier.UP_TO;
        first.end = second.end;
        if (!first.hasUnitWord()) {
            copyUnit(second, first);
        }
        return true;
    }

    private void joinInto(Mention low, Mention high, BigDecimal min, int end) {
        low.valueMin = min;
        low.value = high.value;
        low.qualifier = Qualifier.UP_TO;
        low.end = end;
        if (!low.hasUnitWord()) {
            copyUnit(high, low);
            low.unitStart = high.unitStart;
        }
        low.unitEnd = high.unitEnd;
        if (low.kind == QuantityKind.NUMBER) {
            low.kind = high.kind;
        }
    }

    /** 10000与20000间: the 间 read as a counter of rooms closes the range instead. */
    private static void dropUnit(Mention m) {
        m.end = m.unitEnd - m.unitWord.word().length();
        m.unitWord = null;
        m.unit = Unit.OTHER;
        m.unitEnd = m.unitStart;
    }

    private static void copyUnit(Mention from, Mention to) {
        to.unitWord = from.unitWord;
        to.unit = from.unit;
        to.unitStart = from.unitStart;
        to.unitEnd = from.unitEnd;
    }

    private static boolean compatible(Mention low, Mention high) {
        if (high.qualifier != Qualifier.EXACT && high.qualifier != Qualifier.AT_LEAST || high.valueMin != null) {
            return false;
        }
        return !low.hasUnitWord() || high.hasUnitWord() && low.unitWord.word().equals(high.unitWord.word());
    }

    /** 1至2万元 means 10000 to 20000: a bare lower bound borrows the upper bound's 万/亿. */
    private BigDecimal scaledLowerBound(Mention low, Mention high) {
        if (low.hasUnitWord() || high.unitStart >= high.numeralEnd || high.unitStart <= high.numeralStart) {
            return low.value;
        }
        int exponent = 0;
        for (int i = high.unitStart; i < high.numeralEnd; i++) {
            exponent += CharTable.bigUnitExponent(text.charAt(i));
        }
        BigDecimal scaled = low.value.scaleByPowerOfTen(exponent);
        boolean lowHasMultiplier = CharTable.bigUnitExponent(text.charAt(low.numeralEnd - 1)) > 0;
        return !lowHasMultiplier && scaled.compareTo(high.value) < 0 ? scaled : low.value;
    }

    private int betweenEnd(int from) {
        for (String end : BETWEEN_ENDS) {
            if (text.startsWith(end, from)) {
                return from + end.length();
            }
        }
        return -1;
    }

    private static boolean isConnector(String gap) {
        for (String connector : CONNECTORS) {
            if (connector.equals(gap)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyGapChars(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (BOUND_GAP.indexOf(gap.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
