package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.regions.RegionMention;
import java.util.ArrayList;
import java.util.List;

/**
 * 四平市、辽源市分别建成人才公寓800套、650套: when a clause lists regions, then 分别, then as many numbers, the numbers
 * go to the regions in order instead of all to the nearest one.
 */
final class RespectiveRegions {

    private static final String RESPECTIVELY = "分别";

    List<Fact> apply(String body, TextLayout layout, RegionAttributor attributor, List<Fact> facts) {
        List<Fact> result = new ArrayList<>(facts);
        for (int i = 0; i < result.size(); i++) {
            Segment clause = layout.clauseAt(result.get(i).spanStart());
            int marker = firstMarker(body, clause.start(), result.get(i).spanStart());
            if (marker < 0) {
                continue;
            }
            List<RegionMention> regions = attributor.subjectsIn(new Segment(clause.start(), marker));
            List<Integer> listed = factsAfter(result, clause, marker);
            if (regions.size() >= 2 && regions.size() == listed.size()) {
                for (int k = 0; k < listed.size(); k++) {
                    result.set(listed.get(k), withRegion(result.get(listed.get(k)), regions.get(k)));
                }
            }
            i = listed.isEmpty() ? i : Math.max(i, listed.get(listed.size() - 1));
        }
        return result;
    }

    /**
     * Where 分别 first starts in [from, before), or -1. Bounded by hand: String.indexOf would search on to the end of
     * the body for every fact of an article that has no 分别 at all.
     */
    private static int firstMarker(String body, int from, int before) {
        int last = Math.min(before, body.length() - RESPECTIVELY.length() + 1);
        for (int i = from; i < last; i++) {
            if (body.startsWith(RESPECTIVELY, i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Integer> factsAfter(List<Fact> facts, Segment clause, int marker) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            int at = facts.get(i).spanStart();
            if (at > marker && clause.contains(at)) {
                indices.add(i);
            }
        }
        return indices;
    }

    private static Fact withRegion(Fact fact, RegionMention region) {
        return new Fact(region.region().code(), region.scope(), fact.metric(), fact.value(), fact.valueMin(),
                fact.unit(), fact.qualifier(), fact.period(), fact.target(), fact.label(), fact.evidence(),
                fact.spanStart(), fact.spanEnd());
    }
}
