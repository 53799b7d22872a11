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
        List<Mention> mentions = mentions(folded);
        List<Quantity> quantities = new ArrayList<>(mentions.size());
        for (Mention m : new RangeMerger(folded).merge(mentions)) {
            quantities.add(m.toQuantity(text, normalized));
        }
        return quantities;
    }

    private List<Mention> mentions(String text) {
        NumeralScanner scanner = new NumeralScanner(text, units);
        UnitReader unitReader = new UnitReader(text, units);
        KindClassifier classifier = new KindClassifier(text, NameSpans.of(text));
        List<Mention> mentions = new ArrayList<>();
        for (int i = nextCandidate(text, 0); i < text.length(); i = nextCandidate(text, i)) {
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

    /**
     * The first position at or after {@code from} where a number may start. Neither a digit pattern nor a numeral
     * can start anywhere else, and both would say so only after several lookups; most characters are skipped here.
     */
    private static int nextCandidate(String text, int from) {
        int i = from;
        while (i < text.length() && !CharTable.mayStartNumber(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private Mention read(String text, int start, int end, UnitReader unitReader) {
        String numeral = text.substring(start, end);
        BigDecimal value = value(numeral, text, end);
        if (value == null) {
            return null;
        }
        Mention m = new Mention(start, end, value);
        int bareEnd = bareDenominatorEnd(numeral);
        if (bareEnd > 0) {
            unitReader.readBareDenominatorPercent(m, start + bareEnd);
        } else {
            unitReader.read(m);
        }
        if (hasInnerMark(numeral)) {
            m.qualifier = numeral.indexOf('来') >= 0 ? Qualifier.APPROX : Qualifier.AT_LEAST;
        }
        HedgeReader.read(text, m);
        return m;
    }

    /** The value of the numeral, or null when it is not one; 三八折 reads its two digits one by one. */
    private static BigDecimal value(String numeral, String text, int end) {
        try {
            return ChineseNumerals.parse(numeral);
        } catch (NumberFormatException e) {
            boolean twoDigits = numeral.length() == 2 && CharTable.chineseDigit(numeral.charAt(0)) > 0
                    && CharTable.chineseDigit(numeral.charAt(1)) > 0;
            return twoDigits && end < text.length() && text.charAt(end) == '折'
                    ? PositionalNumeral.digitByDigit(numeral) : null;
        }
    }

    private static int bareDenominatorEnd(String numeral) {
        int of = numeral.indexOf("分之");
        if (of <= 0) {
            return -1;
        }
        for (int i = 0; i < of; i++) {
            char c = numeral.charAt(i);
            if (CharTable.smallUnit(c) == 0 && CharTable.bigUnitExponent(c) == 0 && c != '负' && c != '-') {
                return -1;
            }
        }
        return of + 2;
    }

    private static boolean hasInnerMark(String numeral) {
        for (int i = 1; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            // Compared one by one: String.indexOf's set-up cost more than the search in a four-character string.
            if (c == '余' || c == '多' || c == '几' || c == '来') {
                return true;
            }
        }
        return false;
    }
}
