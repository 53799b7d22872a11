package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Quantity;
import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.analysis.text.CharPresence;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counter word after a number with its magnitude stripped (万人 → 人, 亿元 → 元), which is what decides the fact
 * unit: 团队16个 is a team count, 平台129个 an organisation count. Money read in a clause that says 每月/每年 is offered
 * as a rate first ({@code 元/月}, {@code 元/年}), then as a plain amount.
 */
final class CounterWords {

    private static final String RESOURCE = "/facts/counters.tsv";
    private static final String MAGNITUDES = "十百千万亿余多几";

    // The grammar rules this class applies, looked up once: they are asked around every number.
    private final GatedPattern perMonth;
    private final GatedPattern perYear;
    private final GatedPattern personNounAfter;
    private final GatedPattern personTotalBefore;
    private final Map<String, Unit> fallbackUnits;

    private CounterWords(FactGrammar grammar, Map<String, Unit> fallbackUnits) {
        this.perMonth = grammar.gated("per_month");
        this.perYear = grammar.gated("per_year");
        this.personNounAfter = grammar.gated("person_noun_after");
        this.personTotalBefore = grammar.gated("person_total_before");
        this.fallbackUnits = Map.copyOf(fallbackUnits);
    }

    static CounterWords standard(FactGrammar grammar) {
        Map<String, Unit> units = new HashMap<>();
        for (String[] row : Resources.rows(RESOURCE)) {
            Unit unit = Unit.ofKey(row[0]);
            for (String counter : row[1].split("\\|")) {
                units.put(counter, unit);
            }
        }
        return new CounterWords(grammar, units);
    }

    /**
     * Counter words for the number, most specific first; empty for a bare number. {@code chars} holds the characters
     * of the number's sentence, or is null.
     */
    List<String> candidates(Quantity quantity, String clauseBeforeNumber, String afterNumber, CharPresence chars) {
        return switch (quantity.unit()) {
            case CNY -> moneyCandidates(clauseBeforeNumber, chars);
            case CNY_PER_MONTH -> List.of("元/月", "元");
            case CNY_PER_YEAR -> List.of("元/年", "元");
            case PERCENT -> List.of("%");
            default -> counter(quantity).or(() -> impliedPerson(clauseBeforeNumber, afterNumber, chars)).map(List::of)
                    .orElse(List.of());
        };
    }

    /** The unit of a number that fits no catalogue metric. */
    Unit fallbackUnit(Quantity quantity, List<String> candidates) {
        for (String candidate : candidates) {
            Unit unit = fallbackUnits.get(candidate);
            if (unit != null) {
                return unit;
            }
        }
        return quantity.unit();
    }

    /** The bare counter word (人, 套, 年 …), if the number has one. */
    static Optional<String> counter(Quantity quantity) {
        String text = quantity.unitText() == null ? "" : quantity.unitText().strip();
        int i = 0;
        while (i < text.length() && MAGNITUDES.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() ? Optional.of(text.substring(i)) : Optional.empty();
    }

    /** 5万大学毕业生, 人才总量突破300万: a number with no counter word next to the people it counts counts persons. */
    private Optional<String> impliedPerson(String beforeNumber, String afterNumber, CharPresence chars) {
        return personNounAfter.find(afterNumber, chars) || personTotalBefore.find(beforeNumber, chars)
                ? Optional.of("人") : Optional.empty();
    }

    private List<String> moneyCandidates(String clauseBeforeNumber, CharPresence chars) {
        if (perMonth.find(clauseBeforeNumber, chars)) {
            return List.of("元/月", "元");
        }
        if (perYear.find(clauseBeforeNumber, chars)) {
            return List.of("元/年", "元");
        }
        return List.of("元");
    }
}
