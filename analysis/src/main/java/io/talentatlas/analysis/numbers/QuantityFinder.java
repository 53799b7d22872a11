package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every number in a text and reads it as a {@link Quantity}: value in base units, unit, hedge, range and
 * kind. Works on a folded copy of the text (full-width and traditional forms unified, spaces inside numerals
 * dropped) and reports spans in offsets of the original text. Thread-safe and stateless.
 */
public final class QuantityFinder {

    private final UnitLexicon units = UnitLexicon.get();
    private final IdiomList idioms = IdiomList.get();

    /** All quantities of {@code text}, in text order. */
    public List<Quantity> find(String text) {
        NormalizedText normalized = NormalizedText.of(text);
        String folded = normalized.text();
        List<Mention> mentions = mentions(normalized);
        List<Quantity> quantities = new ArrayList<>(mentions.size());
        for (Mention m : new RangeMerger(folded).merge(mentions)) {
            quantities.add(m.toQuantity(text, normalized));
        }
        return quantities;
    }

    /**
     * The mentions of the folded text, tried only at the positions where a number may start: neither a digit
     * pattern nor a numeral can start anywhere else, and both would say so only after several lookups.
     */
    private List<Mention> mentions(NormalizedText normalized) {
        String text = normalized.text();
        NumeralScanner scanner = new NumeralScanner(text, units);
        UnitReader unitReader = new UnitReader(text, units);
        KindClassifier classifier = new KindClassifier(text, NameSpans.of(text, normalized.nameMarks()));
        Positions starts = normalized.numberStarts();
        List<Mention> mentions = new ArrayList<>();
        for (int i = starts.atOrAfter(0); i >= 0; i = starts.atOrAfter(i)) {
            Mention pattern = classifier.readDigitPattern(i);
            if (pattern != null) {
                mentions.add(pattern);
                i = pattern.end;
                continue;
            }
            int end = scanner.scan(i);
            if (end < 0) {
                i++;
                continue;
            }
            int idiomEnd = idioms.idiomEndCovering(text, i);
            if (idiomEnd > i && end <= idiomEnd) {
                i = idiomEnd;
                continue;
            }
            Mention m = read(text, i, end, unitReader);
            if (m != null) {
                classifier.classify(m);
                mentions.add(m);
                i = m.end;
            } else {
                i = end;
            }
        }
        return mentions;
    }

    private Mention read(String text, int start, int end, UnitReader unitReader) {
        BigDecimal value = value(text, start, end);
        if (value == null) {
            return null;
        }
        Mention m = new Mention(start, end, value);
        int bareEnd = bareDenominatorEnd(text, start, end);
        if (bareEnd > 0) {
            unitReader.readBareDenominatorPercent(m, bareEnd);
        } else {
            unitReader.read(m);
        }
        if (hasInnerMark(text, start, end)) {
            m.qualifier = contains(text, start, end, '来') ? Qualifier.APPROX : Qualifier.AT_LEAST;
        }
        HedgeReader.read(text, m);
        return m;
    }

    /**
     * The value of the numeral {@code text[start, end)}, or null when it is not one; 三八折 reads its two digits one
     * by one.
     */
    private static BigDecimal value(String text, int start, int end) {
        try {
            return ChineseNumerals.parse(text, start, end);
        } catch (NumberFormatException e) {
            boolean twoDigits = end - start == 2 && CharTable.chineseDigit(text.charAt(start)) > 0
                    && CharTable.chineseDigit(text.charAt(start + 1)) > 0;
            return twoDigits && end < text.length() && text.charAt(end) == '折'
                    ? PositionalNumeral.digitByDigit(text.substring(start, end)) : null;
        }
    }

    /** The end of the 百分之 of a numeral that starts with it, or -1. */
    private static int bareDenominatorEnd(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '分') {
                return i > start && i + 1 < end && text.charAt(i + 1) == '之' ? i + 2 : -1;
            }
            if (CharTable.smallUnit(c) == 0 && CharTable.bigUnitExponent(c) == 0 && c != '负' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasInnerMark(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            // Compared one by one: String.indexOf's set-up cost more than the search in a four-character string.
            if (c == '余' || c == '多' || c == '几' || c == '来') {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, int start, int end, char c) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }
}
