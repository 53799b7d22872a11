package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.regions.RegionMention;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Ties a number to a region: the nearest region mention in its clause, else in its sentence (the one before it
 * first), else the last one before it in its paragraph, else the article's home region. Mentions that are part of a
 * name (哈尔滨工业大学, “黑龙江省企业院士工作站”) are ignored, and so is a region holding the home region unless it is
 * the subject of its clause (see {@link #provinceAsSubject}).
 */
final class RegionAttributor {

    private final List<RegionMention> subjects;
    private final RegionChoice home;

    private RegionAttributor(List<RegionMention> subjects, RegionChoice home) {
        this.subjects = List.copyOf(subjects);
        this.home = home;
    }

    static RegionAttributor of(List<RegionMention> mentions, String body, RegionChoice home, QuoteMap quotes,
            TextLayout layout, FactGrammar grammar) {
        String homeCode = home.code();
        GatedPattern institutionAfter = grammar.gated("institution_after");
        Predicate<RegionMention> isSubject = m -> !quotes.inName(m.start())
                && !(institutionAfter.mayMatch(body, m.end(), afterEnd(body, m))
                        && institutionAfter.find(after(body, m)))
                && (!RegionCodes.strictlyContains(m.region().code(), homeCode)
                    || provinceAsSubject(body, m, layout.clauseAt(m.start()), grammar));
        List<RegionMention> subjects = mentions.stream().filter(isSubject)
                .sorted(Comparator.comparingInt(RegionMention::start)).toList();
        return new RegionAttributor(subjects, home);
    }

    /**
     * 全省引进人才10万人 and 湖北省今年新增… name the province as subject; 在全省率先, 居全省前列 use it as a yardstick and
     * 内蒙古自治区“草原英才”计划 as a modifier.
     */
    private static boolean provinceAsSubject(String body, RegionMention mention, Segment clause,
            FactGrammar grammar) {
        boolean opensClause = grammar.found("clause_opener", body.substring(clause.start(), mention.start()));
        return (grammar.found("context_region_word", mention.surface()) || opensClause)
                && !grammar.found("comparison_before",
                        body.substring(Math.max(0, mention.start() - 2), mention.start()))
                && !grammar.found("comparison_after", after(body, mention));
    }

    private static String after(String body, RegionMention mention) {
        return body.substring(mention.end(), afterEnd(body, mention));
    }

    /** The words after a mention that tell what it is part of end here. */
    private static int afterEnd(String body, RegionMention mention) {
        return Math.min(body.length(), mention.end() + 12);
    }

    RegionChoice regionOf(int offset, Segment clause, Segment sentence, Segment paragraph) {
        List<RegionMention> inSentence = within(sentence);
        RegionMention chosen = nearest(within(clause), offset);
        if (chosen == null) {
            chosen = lastBefore(inSentence, offset);
        }
        if (chosen == null) {
            chosen = firstFrom(inSentence, offset);
        }
        if (chosen == null) {
            chosen = lastBefore(within(paragraph), offset);
        }
        return chosen == null ? home : new RegionChoice(chosen.region().code(), chosen.scope());
    }

    /** The subject mentions inside a stretch of the body, in order. */
    List<RegionMention> subjectsIn(Segment segment) {
        return within(segment);
    }

    /** Subjects are sorted by start, so a stretch's mentions are one run, found by bisection. */
    private List<RegionMention> within(Segment segment) {
        int from = firstStartingAt(segment.start());
        int to = from;
        while (to < subjects.size() && subjects.get(to).start() < segment.end()) {
            to++;
        }
        return subjects.subList(from, to);
    }

    private int firstStartingAt(int offset) {
        int low = 0;
        int high = subjects.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (subjects.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The mention starting closest to the offset (the earlier one on a tie), or null. */
    private static RegionMention nearest(List<RegionMention> mentions, int offset) {
        RegionMention nearest = null;
        for (RegionMention mention : mentions) {
            if (nearest == null || Math.abs(mention.start() - offset) < Math.abs(nearest.start() - offset)) {
                nearest = mention;
            }
        }
        return nearest;
    }

    /** The last mention ending at or before the offset, or null. */
    private static RegionMention lastBefore(List<RegionMention> mentions, int offset) {
        RegionMention last = null;
        for (RegionMention mention : mentions) {
            if (mention.end() <= offset) {
                last = mention;
            }
        }
        return last;
    }

    /** The first mention starting at or after the offset, or null. */
    private static RegionMention firstFrom(List<RegionMention> mentions, int offset) {
        for (RegionMention mention : mentions) {
            if (mention.start() >= offset) {
                return mention;
            }
        }
        return null;
    }
}
