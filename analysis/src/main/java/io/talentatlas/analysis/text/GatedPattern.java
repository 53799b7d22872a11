package io.talentatlas.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled regex with a cheap gate in front: the literals one of which every match must contain
 * ({@link RequiredLiterals}). Most of the extractor's patterns look for words that most clauses do not contain, and
 * java.util.regex tries every alternative at every position before it can say no; one pass over the text with a
 * table of the literals' first characters says no far sooner. When the gate lets the text through, the regex is
 * tried only at the characters a match can start with ({@link #nextMatch}), or only at the start for a regex
 * anchored with {@code ^}; every answer is still the regex's own. Immutable and thread-safe.
 */
public final class GatedPattern {

    private static final int FEW = 3;
    private static final AtomicInteger SERIALS = new AtomicInteger();

    /** Tells the patterns apart in a {@link LiteralIndex} without a hash lookup. */
    private final int serial = SERIALS.getAndIncrement();

    private final Pattern pattern;
    /** First character → the required literals that start with it; null when the regex promises no literal. */
    private final CharKeyedMap<String[]> literalsByFirst;
    private final CharSet firstChars;
    /** The literals' first characters when there are at most {@link #FEW} of them, else null. */
    private final char[] fewFirstChars;
    private final char[] firstCharList;
    private final List<String> literals;
    /** Every alternative opens with ^: only position 0 can start a match. */
    private final boolean anchoredAtStart;
    /** The characters a match can start with, as a bit set; null when any may. */
    private final CharSet startChars;
    /** The regex is only literal words: a literal found is a match, so the gate's answer is final. */
    private final boolean pureLiteral;

    private GatedPattern(Pattern pattern, Optional<Set<String>> required, boolean pureLiteral,
            Optional<Set<Character>> startChars, boolean anchoredAtStart) {
        this.pattern = pattern;
        this.anchoredAtStart = anchoredAtStart;
        this.startChars = startChars.map(CharSet::of).orElse(null);
        this.pureLiteral = pureLiteral && required.isPresent();
        if (required.isEmpty()) {
            this.literalsByFirst = null;
            this.firstChars = null;
            this.fewFirstChars = null;
            this.firstCharList = new char[0];
            this.literals = List.of();
            return;
        }
        Map<Character, List<String>> grouped = new HashMap<>();
        this.literals = List.copyOf(required.get());
        for (String literal : literals) {
            grouped.computeIfAbsent(literal.charAt(0), c -> new ArrayList<>()).add(literal);
        }
        this.firstChars = CharSet.of(grouped.keySet());
        this.firstCharList = toChars(grouped.keySet());
        this.fewFirstChars = grouped.size() <= FEW ? firstCharList : null;
        this.literalsByFirst = new CharKeyedMap<>();
        grouped.forEach((first, group) -> literalsByFirst.computeIfAbsent(first, () -> group.toArray(String[]::new)));
    }

    /** Compiles {@code regex} (no flags) and works out its gate. */
    public static GatedPattern compile(String regex) {
        return new GatedPattern(Pattern.compile(regex), RequiredLiterals.of(regex),
                RequiredLiterals.isPureLiteral(regex), RequiredLiterals.startChars(regex),
                RequiredLiterals.isAnchoredAtStart(regex));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the gate can rule out every match: false means no match anywhere in {@code text}. */
    public boolean mayMatch(CharSequence text) {
        return mayMatch(text, 0, text.length());
    }

    /** As {@link #mayMatch(CharSequence)} for the region [start, end) of {@code text}. */
    public boolean mayMatch(CharSequence text, int start, int end) {
        if (literalsByFirst == null) {
            return true;
        }
        // indexOf searches to the end of the string: only worth it when the region is the rest of the text.
        if (fewFirstChars != null && end == text.length() && text instanceof String string) {
            return mayMatchByIndexOf(string, start, end);
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (firstChars.contains(c) && startsAnyAt(text, i, end, literalsByFirst.get(c))) {
                return true;
            }
        }
        return false;
    }

    /** String.indexOf is vectorised: for a handful of first characters, one search each beats a loop over chars. */
    private boolean mayMatchByIndexOf(String text, int start, int end) {
        for (char first : fewFirstChars) {
            String[] literals = literalsByFirst.get(first);
            for (int at = text.indexOf(first, start); at >= 0 && at < end; at = text.indexOf(first, at + 1)) {
                if (startsAnyAt(text, at, end, literals)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * As {@link #mayMatch(CharSequence)}, with the characters of {@code text} known beforehand (those of a text it
     * was cut from will do; null when not known): when none of the literals' first characters is among them the
     * answer comes without reading the text.
     */
    public boolean mayMatch(CharSequence text, CharPresence presence) {
        return literalsByFirst == null || (presence == null || mayHoldLiteral(presence)) && mayMatch(text);
    }

    /**
     * Same answer as {@code pattern().matcher(text).find()}, {@code presence} holding the characters of text (or
     * more), or null.
     */
    public boolean find(CharSequence text, CharPresence presence) {
        return mayMatch(text, presence) && (pureLiteral || nextMatch(scanMatcher(text), text, 0));
    }

    /** A matcher for {@link #nextMatch}: it tries a match at one position and looks around it as find() would. */
    public Matcher scanMatcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The first match that starts at or after {@code from}, exactly as {@link Matcher#find(int)} finds it, but tried
     * only where a match can start: java.util.regex would try the whole pattern at every position in between.
     *
     * @param matcher from {@link #scanMatcher} over {@code text}
     * @return whether there is one; then {@code matcher} holds it
     */
    public boolean nextMatch(Matcher matcher, CharSequence text, int from) {
        if (from > text.length()) {
            return false;
        }
        if (anchoredAtStart) {
            return from == 0 && matcher.region(0, text.length()).lookingAt();
        }
        if (startChars == null) {
            return matcher.find(from);
        }
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if (startChars.contains(c) && matcher.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Where a search for the next match goes on after the current one, as {@link Matcher#find()} does. */
    public static int after(Matcher matcher) {
        return matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
    }

    /** Whether the text {@code presence} describes can hold one of the literals: by the index when it has one. */
    private boolean mayHoldLiteral(CharPresence presence) {
        int known = presence.holdsLiteralOf(this);
        return known < 0 ? startsPresent(presence) : known == 1;
    }

    int serial() {
        return serial;
    }

    private boolean startsPresent(CharPresence presence) {
        for (char first : firstCharList) {
            if (presence.mayContain(first)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when no match can lie in a text whose characters are among {@code presence} (null: not known), so the
     * text need not even be cut out.
     */
    public boolean mayOccurIn(CharPresence presence) {
        return literalsByFirst == null || presence == null || mayHoldLiteral(presence);
    }

    /** Same answer as {@code pattern().matcher(text).find()}. */
    public boolean find(CharSequence text) {
        return mayMatch(text) && (pureLiteral || nextMatch(scanMatcher(text), text, 0));
    }

    /** Same answer as {@code pattern().matcher(text).matches()}: a whole-text match holds a literal too. */
    public boolean matches(CharSequence text) {
        return mayMatch(text) && pattern.matcher(text).matches();
    }

    /** A matcher over {@code text}; callers that loop over matches ask {@link #mayMatch} first. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** The literals behind the gate, sorted, or empty when it lets everything through (for tests and debugging). */
    public List<String> gateLiterals() {
        return literals.stream().sorted().toList();
    }

    private static char[] toChars(Set<Character> chars) {
        char[] array = new char[chars.size()];
        int i = 0;
        for (char c : chars) {
            array[i++] = c;
        }
        return array;
    }

    private static boolean startsAnyAt(CharSequence text, int at, int end, String[] literals) {
        for (String literal : literals) {
            if (at + literal.length() <= end && startsAt(text, at, literal)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(CharSequence text, int at, String literal) {
        for (int k = 1; k < literal.length(); k++) {
            if (text.charAt(at + k) != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
