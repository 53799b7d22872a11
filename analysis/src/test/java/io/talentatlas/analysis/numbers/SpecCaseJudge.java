package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;
import java.util.List;

/**
 * Decides whether the finder's reading of a spec case agrees with the spec. The contract is the value (or range
 * bounds) of each expected number, found by a quantity whose span overlaps the expected span; span edges are not
 * compared, because Recognizers leaves out hedges and units that our spans include (README, "Caveats").
 * A negative case passes when no quantity is reported that the case's model would claim.
 */
final class SpecCaseJudge {

    /** Expected values written with more decimals than this came from a double; compare them to 12 digits. */
    private static final int EXACT_DECIMALS = 10;
    private static final BigDecimal DOUBLE_TOLERANCE = new BigDecimal("1e-12");

    private SpecCaseJudge() {
    }

    /** Null when the case passes, else what went wrong. */
    static String judge(SpecCase spec, List<Quantity> found) {
        if (spec.expected().isEmpty()) {
            return found.stream().filter(q -> claims(spec.model(), q)).findFirst()
                    .map(q -> "expected nothing, found " + describe(q)).orElse(null);
        }
        for (SpecCase.Expected expected : spec.expected()) {
            if (found.stream().noneMatch(q -> overlaps(q, expected) && agrees(spec.model(), q, expected))) {
                return "missing " + expected.text() + "=" + show(expected) + " in " + found.stream()
                        .map(SpecCaseJudge::describe).toList();
            }
        }
        return null;
    }

    /**
     * Would this case's model report this quantity? Only counts and amounts are claimed (not times, codes or
     * names); the number model leaves money and percentages to those models, and the dimension model does not
     * report counts of the catalogue units (person, org …) or bare numbers.
     */
    private static boolean claims(String model, Quantity q) {
        if (q.kind() != QuantityKind.NUMBER) {
            return false;
        }
        return switch (model) {
            case "percent" -> q.unit() == Unit.PERCENT;
            case "number" -> q.unit() != Unit.PERCENT && !isMoney(q);
            case "dimension" -> (q.unit() == Unit.OTHER || q.unit() == Unit.M2) && !q.unitText().isEmpty();
            default -> true;
        };
    }

    private static boolean agrees(String model, Quantity q, SpecCase.Expected expected) {
        if (model.equals("numberrange")) {
            return sameBound(lowerBound(q), expected.min()) && sameBound(upperBound(q), expected.max());
        }
        if (model.equals("percent") && q.unit() != Unit.PERCENT) {
            return false;
        }
        if (model.equals("currency") && "CNY".equals(expected.unit()) && !isMoney(q)) {
            return false;
        }
        return sameValue(q.value(), expected.value());
    }

    private static BigDecimal lowerBound(Quantity q) {
        return switch (q.qualifier()) {
            case UP_TO -> q.valueMin();
            default -> q.value();
        };
    }

    private static BigDecimal upperBound(Quantity q) {
        return q.qualifier() == Qualifier.AT_LEAST ? null : q.value();
    }

    private static boolean sameBound(BigDecimal ours, BigDecimal theirs) {
        return ours == null ? theirs == null : theirs != null && sameValue(ours, theirs);
    }

    static boolean sameValue(BigDecimal ours, BigDecimal theirs) {
        if (theirs.scale() <= EXACT_DECIMALS) {
            return ours.compareTo(theirs) == 0;
        }
        BigDecimal tolerance = DOUBLE_TOLERANCE.multiply(theirs.abs().max(BigDecimal.ONE));
        return ours.subtract(theirs).abs().compareTo(tolerance) <= 0;
    }

    private static boolean isMoney(Quantity q) {
        return q.unit() == Unit.CNY || q.unit() == Unit.CNY_PER_MONTH || q.unit() == Unit.CNY_PER_YEAR
                || q.unitText().matches(".*(元|币|刀|金|镑|法郎|卢布|奈拉|圆|块)$") || q.text().startsWith("$");
    }

    private static boolean overlaps(Quantity q, SpecCase.Expected expected) {
        return q.start() < expected.end() && expected.start() < q.end();
    }

    private static String show(SpecCase.Expected e) {
        return e.value() != null ? e.value().toPlainString() : "[" + e.min() + "," + e.max() + "]";
    }

    static String describe(Quantity q) {
        String range = q.valueMin() == null ? "" : q.valueMin().toPlainString() + "..";
        return q.text() + "@" + q.start() + "=" + range + q.value().toPlainString() + " " + q.unit().key() + "/"
                + q.unitText() + " " + q.qualifier().key() + " " + q.kind();
    }
}
