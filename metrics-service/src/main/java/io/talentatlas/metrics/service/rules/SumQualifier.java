package io.talentatlas.metrics.service.rules;

import java.util.Collection;
import java.util.Set;

/**
 * How exact a sum is, from how exact its terms are: exact terms give an exact sum; adding lower bounds gives a
 * lower bound ({@code at_least}), adding upper bounds an upper bound ({@code up_to}); any estimate, or a mix of
 * lower and upper bounds, gives an estimate ({@code approx}).
 */
public final class SumQualifier {

    private SumQualifier() {
    }

    /** The qualifier of the sum of terms with these qualifiers. */
    public static String of(Collection<String> termQualifiers) {
        Set<String> kinds = Set.copyOf(termQualifiers);
        if (kinds.contains("approx") || kinds.containsAll(Set.of("at_least", "up_to"))) {
            return "approx";
        }
        if (kinds.contains("at_least")) {
            return "at_least";
        }
        return kinds.contains("up_to") ? "up_to" : "exact";
    }
}
