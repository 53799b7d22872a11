package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.ArrayList;
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

    MetricLexicon(List<MetricRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The lexicon shipped with the extractor. */
    public static MetricLexicon standard() {
        return Holder.STANDARD;
    }

    /** The rules in priority order. */
    public List<MetricRule> rules() {
        return rules;
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
