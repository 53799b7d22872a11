package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric lexicon ({@code facts/metrics.tsv}): one {@link MetricRule} per catalogue metric, most specific first.
 * The format is described in the file's header.
 */
public final class MetricLexicon {

    private static final String RESOURCE = "/facts/metrics.tsv";
    private static final String NONE = "-";

    private final List<MetricRule> rules;
    /** Counter word → the unit each rule gives it (null where the rule does not accept it), by rule position. */
    private final Map<String, Unit[]> unitsByCounter = new HashMap<>();

    MetricLexicon(List<MetricRule> rules) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < this.rules.size(); i++) {
            for (Map.Entry<String, Unit> accepted : this.rules.get(i).units().entrySet()) {
                unitsByCounter.computeIfAbsent(accepted.getKey(), c -> new Unit[this.rules.size()])[i] =
                        accepted.getValue();
            }
        }
    }

    /** The lexicon shipped with the extractor. */
    public static MetricLexicon standard() {
        return Holder.STANDARD;
    }

    /** The rules in priority order. */
    public List<MetricRule> rules() {
        return rules;
    }

    /**
     * For each rule (by position), the unit it gives the first of these counter candidates it accepts, or null: a
     * few lookups for all rules at once instead of a lookup per rule and candidate.
     */
    Unit[] unitsFor(List<String> counterCandidates) {
        Unit[] units = new Unit[rules.size()];
        for (String candidate : counterCandidates) {
            Unit[] accepted = unitsByCounter.get(candidate);
            if (accepted == null) {
                continue;
            }
            for (int i = 0; i < units.length; i++) {
                if (units[i] == null) {
                    units[i] = accepted[i];
                }
            }
        }
        return units;
    }

    static MetricLexicon parse(List<String[]> rows) {
        List<MetricRule> rules = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length != 5) {
                throw new IllegalStateException(RESOURCE + ": expected 5 columns, got " + String.join("|", row));
            }
            Metric metric = Metric.ofKey(row[0])
                    .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown metric " + row[0]));
            rules.add(new MetricRule(metric, units(row[1]), GatedPattern.compile(row[2]), optional(row[3]),
                    optional(row[4]), rules.size()));
        }
        return new MetricLexicon(rules);
    }

    /** {@code person:人|名;team:支} → {人=PERSON, 名=PERSON, 支=TEAM}, in the written order. */
    private static Map<String, Unit> units(String column) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (String group : column.split(";")) {
            String[] unitAndCounters = group.split(":", 2);
            Unit unit = Unit.ofKey(unitAndCounters[0]);
            for (String counter : unitAndCounters[1].split("\\|")) {
                units.put(counter, unit);
            }
        }
        return units;
    }

    private static GatedPattern optional(String column) {
        return NONE.equals(column) ? null : GatedPattern.compile(column);
    }

    private static final class Holder {
        private static final MetricLexicon STANDARD = parse(Resources.rows(RESOURCE));
    }
}
