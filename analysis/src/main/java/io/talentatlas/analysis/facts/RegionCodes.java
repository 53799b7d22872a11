package io.talentatlas.analysis.facts;

import java.util.Set;

/** Containment and city roll-up of GB/T 2260 codes, read from the code's digits (xx0000 province, xxxx00 city). */
public final class RegionCodes {

    /** Beijing, Tianjin, Shanghai, Chongqing: their districts roll up to the municipality itself. */
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    private RegionCodes() {
    }

    /** Whether {@code outer} is a province or city that holds {@code inner} (and is not {@code inner} itself). */
    public static boolean strictlyContains(String outer, String inner) {
        if (outer == null || inner == null || outer.length() != 6 || inner.length() != 6 || outer.equals(inner)) {
            return false;
        }
        if (outer.endsWith("0000")) {
            return inner.startsWith(outer.substring(0, 2));
        }
        return outer.endsWith("00") && inner.startsWith(outer.substring(0, 4));
    }

    /** The code of the city (prefecture or municipality) a region belongs to; a province stays a province. */
    public static String cityOf(String code) {
        if (code == null || code.length() != 6 || code.endsWith("0000")) {
            return code;
        }
        if (MUNICIPALITIES.contains(code.substring(0, 2))) {
            return code.substring(0, 2) + "0000";
        }
        return code.substring(0, 4) + "00";
    }
}
