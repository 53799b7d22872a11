package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.text.GatedPattern;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The named grammar regexes of {@code facts/grammar.tsv}: hedges, time words, target words, non-fact patterns.
 * Keeping them in a data file lets the rules grow without touching the code that applies them.
 */
public final class FactGrammar {

    private static final String RESOURCE = "/facts/grammar.tsv";

    private final Map<String, GatedPattern> patterns;

    private FactGrammar(Map<String, GatedPattern> patterns) {
        // A HashMap, not Map.copyOf: names are looked up around every number, and HashMap's lookup is the cheaper.
        this.patterns = Collections.unmodifiableMap(new HashMap<>(patterns));
    }

    /** The grammar shipped with the extractor. */
    public static FactGrammar standard() {
        return Holder.STANDARD;
    }

    /** The pattern of that name; fails loudly when the grammar file lacks it. */
    public Pattern get(String name) {
        return gated(name).pattern();
    }

    /** The pattern of that name with its literal gate, for callers that loop over matches. */
    public GatedPattern gated(String name) {
        GatedPattern pattern = patterns.get(name);
        if (pattern == null) {
            throw new IllegalStateException("grammar.tsv has no rule '" + name + "'");
        }
        return pattern;
    }

    /** Every pattern of the grammar. */
    public Collection<GatedPattern> patterns() {
        return patterns.values();
    }

    /** Whether the named pattern occurs anywhere in {@code text}. */
    public boolean found(String name, CharSequence text) {
        return gated(name).find(text);
    }

    private static FactGrammar load() {
        Map<String, GatedPattern> patterns = new HashMap<>();
        for (String[] row : Resources.rows(RESOURCE)) {
            if (row.length != 2) {
                throw new IllegalStateException(RESOURCE + ": expected name<TAB>regex, got " + String.join("|", row));
            }
            patterns.put(row[0], GatedPattern.compile(row[1]));
        }
        return new FactGrammar(patterns);
    }

    private static final class Holder {
        private static final FactGrammar STANDARD = load();
    }
}
