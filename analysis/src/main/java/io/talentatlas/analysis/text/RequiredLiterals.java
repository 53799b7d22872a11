package io.talentatlas.analysis.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a regex and works out what every match of it must look like: literal strings of which it contains at least
 * one, and the characters it can start with. {@code [\p{IsHan}]{2,14}?(研究院|研究所)} contains 研究院 or 研究所 and
 * can start with any Chinese character; {@code 引|聚|开展} contains 引, 聚 or 开展 and starts with 引, 聚 or 开.
 *
 * <p>It understands the syntax the extractor's lexicons use (literals, escapes, classes, groups, lookarounds,
 * alternation, greedy/lazy/possessive quantifiers). Anything it is not sure about (inline flags, back-references,
 * {@code \Q…\E}, a branch with no literal it must contain) makes the answer empty, which means "no gate": the
 * regex then runs as it always did. The answer is a promise, so it errs on the side of saying nothing.
 */
final class RequiredLiterals {

    /** How many spellings a run of alternatives may multiply out to before it is kept apart. */
    private static final int MAX_SPELLINGS = 64;
    private static final int MAX_CLASS_CHARS = 256;
    private static final Set<Character> DIGITS = Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    /** What {@code \s} means without UNICODE_CHARACTER_CLASS. */
    private static final Set<Character> SPACES = Set.of(' ', '\t', '\n', '\u000B', '\f', '\r');

    private final String regex;
    private int pos;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** Literals one of which every match of {@code regex} contains, or empty when no such promise can be made. */
    static Optional<Set<String>> of(String regex) {
        return analyse(regex).map(Node::promise).filter(literals -> !literals.contains(""));
    }

    /** Whether {@code regex} is nothing but literal words and alternatives (全市|全区|各类): a literal found is a match. */
    static boolean isPureLiteral(String regex) {
        return analyse(regex).map(node -> node.pure && node.finite != null && !node.finite.contains(""))
                .orElse(false);
    }

    /**
     * The characters a match can start with, when the regex says so for certain: every match is non-empty and
     * starts with one of them. Empty when a match may be empty, may start with any character, or depends on where
     * the previous match ended ({@code \G}).
     */
    static Optional<Set<Character>> startChars(String regex) {
        if (regex.contains("\\G")) {
            return Optional.empty();
        }
        return analyse(regex).filter(node -> !node.nullable && node.first != null).map(Node::first);
    }

    /** Whether every match starts at the start of the input: each alternative opens with {@code ^}. */
    static boolean isAnchoredAtStart(String regex) {
        return analyse(regex).map(Node::anchored).orElse(false);
    }

    private static Optional<Node> analyse(String regex) {
        try {
            RequiredLiterals reader = new RequiredLiterals(regex);
            Node node = reader.alternation();
            return reader.pos == regex.length() ? Optional.of(node) : Optional.empty();
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    private Node alternation() {
        List<Node> branches = new ArrayList<>();
        branches.add(sequence());
        while (more() && peek() == '|') {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> finite = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        Set<Character> first = new LinkedHashSet<>();
        boolean pure = true;
        boolean nullable = false;
        for (Node branch : branches) {
            finite = finite == null || branch.finite == null ? null : union(finite, branch.finite);
            required = required == null || branch.promise() == null ? null : union(required, branch.promise());
            first = first == null || branch.first == null ? null : union(first, branch.first);
            pure &= branch.pure;
            nullable |= branch.nullable;
        }
        boolean anchored = branches.stream().allMatch(Node::anchored);
        return new Node(finite, required, pure && finite != null, first, nullable).anchoredAtStart(anchored);
    }

    /**
     * Runs of items with a finite set of spellings multiply out (该 then 公司|企业 → 该公司, 该企业), up to
     * {@link #MAX_SPELLINGS}; of the runs and the other items' promises, the most selective is kept.
     */
    private Node sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        Set<String> run = Set.of("");
        boolean allFinite = true;
        boolean pure = true;
        Set<Character> first = new LinkedHashSet<>();
        boolean nullable = true;
        Boolean anchored = null;
        while (more() && peek() != '|' && peek() != ')') {
            Node item = quantified(atom());
            anchored = anchored == null ? item.anchored : anchored;
            pure &= item.pure;
            if (nullable) {
                // The items up to the first one that cannot match empty can hold a match's first character.
                first = first == null || item.first == null ? null : union(first, item.first);
                nullable = item.nullable;
            }
            if (item.finite == null) {
                allFinite = false;
                candidates.add(run);
                run = Set.of("");
                if (item.required != null) {
                    candidates.add(item.required);
                }
            } else if ((long) run.size() * item.finite.size() > MAX_SPELLINGS) {
                allFinite = false;
                candidates.add(run);
                run = item.finite;
            } else {
                run = product(run, item.finite);
            }
        }
        boolean startsAnchored = anchored != null && anchored;
        if (allFinite) {
            return new Node(run, null, pure, first, nullable).anchoredAtStart(startsAnchored);
        }
        candidates.add(run);
        return new Node(null, best(candidates), false, first, nullable).anchoredAtStart(startsAnchored);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> union = new LinkedHashSet<>(a);
        union.addAll(b);
        return union;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        Set<String> product = new LinkedHashSet<>();
        for (String left : a) {
            for (String right : b) {
                product.add(left + right);
            }
        }
        return product;
    }

    /** The promise whose shortest literal is longest (fewest false alarms), then the one with fewer literals. */
    private static Set<String> best(List<Set<String>> candidates) {
        Set<String> best = null;
        for (Set<String> candidate : candidates) {
            if (best == null || shortest(candidate) > shortest(best)
                    || shortest(candidate) == shortest(best) && candidate.size() < best.size()) {
                best = candidate;
            }
        }
        return best == null || shortest(best) == 0 ? null : best;
    }

    private static int shortest(Set<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    private Node quantified(Node atom) {
        if (!more()) {
            return atom;
        }
        char c = peek();
        int min;
        int max;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : -1;
        } else if (c == '{' && bounds() != null) {
            int[] bounds = bounds();
            pos = bounds[2];
            min = bounds[0];
            max = bounds[1];
        } else {
            return atom;
        }
        if (more() && (peek() == '?' || peek() == '+')) {
            pos++;
        }
        if (min == 0) {
            return new Node(null, null, false, atom.first, true);
        }
        if (atom.finite != null && min == max && Math.pow(atom.finite.size(), min) <= MAX_SPELLINGS) {
            Set<String> repeated = Set.of("");
            for (int i = 0; i < min; i++) {
                repeated = product(repeated, atom.finite);
            }
            return new Node(repeated, null, atom.pure, atom.first, atom.nullable).anchoredAtStart(atom.anchored);
        }
        return new Node(null, atom.promise(), false, atom.first, atom.nullable).anchoredAtStart(atom.anchored);
    }

    /** {n}, {n,}, {n,m} at pos as {min, max (-1: none), position after}; null when it is no quantifier. */
    private int[] bounds() {
        int close = regex.indexOf('}', pos);
        if (close < 0) {
            return null;
        }
        String[] parts = regex.substring(pos + 1, close).split(",", -1);
        try {
            int min = Integer.parseInt(parts[0].trim());
            int max = parts.length == 1 ? min : parts[1].isBlank() ? -1 : Integer.parseInt(parts[1].trim());
            return parts.length > 2 ? null : new int[] {min, max, close + 1};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Node atom() {
        char c = regex.charAt(pos++);
        return switch (c) {
            case '(' -> group();
            case '[' -> Node.oneOf(classChars());
            case '\\' -> escape();
            case '^' -> Node.START;
            case '$' -> Node.ZERO_WIDTH;
            case '.' -> Node.NOTHING;
            case '*', '+', '?', '{', ')', '|' -> throw new Unsupported();
            default -> Node.literal(c);
        };
    }

    private Node group() {
        boolean zeroWidth = false;
        if (more() && peek() == '?') {
            String rest = regex.substring(pos);
            if (rest.startsWith("?:") || rest.startsWith("?>")) {
                pos += 2;
            } else if (rest.startsWith("?=") || rest.startsWith("?!")) {
                pos += 2;
                zeroWidth = true;
            } else if (rest.startsWith("?<=") || rest.startsWith("?<!")) {
                pos += 3;
                zeroWidth = true;
            } else if (rest.startsWith("?<") && rest.indexOf('>') > 2) {
                pos += rest.indexOf('>') + 1;
            } else {
                throw new Unsupported();
            }
        }
        Node inner = alternation();
        if (!more() || regex.charAt(pos++) != ')') {
            throw new Unsupported();
        }
        // A lookaround consumes nothing: the literals next to it still have to be in the match.
        return zeroWidth ? Node.ZERO_WIDTH : inner;
    }

    private Node escape() {
        if (!more()) {
            throw new Unsupported();
        }
        char c = regex.charAt(pos++);
        switch (c) {
            case 'b', 'B', 'A', 'z', 'Z', 'G':
                return Node.ZERO_WIDTH;
            case 'd':
                return Node.oneOf(DIGITS);
            case 's':
                return Node.oneOf(SPACES);
            case 'D', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X':
                return Node.NOTHING;
            case 'p', 'P':
                skipProperty();
                return Node.NOTHING;
            case 't':
                return Node.literal('\t');
            case 'n':
                return Node.literal('\n');
            case 'r':
                return Node.literal('\r');
            case 'f':
                return Node.literal('\f');
            case 'u':
                return Node.literal((char) Integer.parseInt(take(4), 16));
            default:
                if (Character.isLetterOrDigit(c)) {
                    // Back-references, \Q…\E, \x, \c, \k and anything else that is not a plain escaped symbol.
                    throw new Unsupported();
                }
                return Node.literal(c);
        }
    }

    private void skipProperty() {
        if (more() && peek() == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            pos = close + 1;
        } else {
            pos++;
        }
    }

    /**
     * The characters of the class that started before pos, for a plain class of characters, ranges and the escapes
     * above; null for anything else (negation, nesting, intersection, properties), which is then only skipped.
     */
    private Set<Character> classChars() {
        int start = pos;
        Set<Character> chars = new LinkedHashSet<>();
        if (more() && peek() == '^') {
            skipClass();
            return null;
        }
        while (more() && (peek() != ']' || pos == start)) {
            char c = regex.charAt(pos++);
            if (c == '[' || c == '&' && more() && peek() == '&') {
                pos = start;
                skipClass();
                return null;
            }
            Set<Character> one = c == '\\' ? classEscape() : Set.of(c);
            if (one == null) {
                pos = start;
                skipClass();
                return null;
            }
            if (one.size() == 1 && pos + 1 < regex.length() && peek() == '-' && regex.charAt(pos + 1) != ']') {
                pos++;
                char to = regex.charAt(pos++);
                if (to == '\\') {
                    pos = start;
                    skipClass();
                    return null;
                }
                char from = one.iterator().next();
                if (to - from > MAX_CLASS_CHARS) {
                    // 一-龥 and the like: too many to be worth listing, and no filter for a scan anyway.
                    pos = start;
                    skipClass();
                    return null;
                }
                for (int x = from; x <= to; x++) {
                    chars.add((char) x);
                }
            } else {
                chars.addAll(one);
            }
        }
        if (!more()) {
            throw new Unsupported();
        }
        pos++;
        return chars;
    }

    private Set<Character> classEscape() {
        if (!more()) {
            throw new Unsupported();
        }
        char c = regex.charAt(pos++);
        return switch (c) {
            case 'd' -> DIGITS;
            case 's' -> SPACES;
            case 't' -> Set.of('\t');
            case 'n' -> Set.of('\n');
            case 'r' -> Set.of('\r');
            case 'f' -> Set.of('\f');
            case 'u' -> Set.of((char) Integer.parseInt(take(4), 16));
            default -> Character.isLetterOrDigit(c) ? null : Set.of(c);
        };
    }

    /** Past the class that started before pos, nested classes and escapes included. */
    private void skipClass() {
        int depth = 1;
        if (more() && peek() == '^') {
            pos++;
        }
        if (more() && peek() == ']') {
            pos++;
        }
        while (depth > 0) {
            if (!more()) {
                throw new Unsupported();
            }
            char c = regex.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private String take(int length) {
        if (pos + length > regex.length()) {
            throw new Unsupported();
        }
        String taken = regex.substring(pos, pos + length);
        pos += length;
        return taken;
    }

    private boolean more() {
        return pos < regex.length();
    }

    private char peek() {
        return regex.charAt(pos);
    }

    /**
     * What a part of a regex promises: {@code finite} when its every match is one of these strings (a lookaround or an
     * anchor matches ""), else {@code required} literals one of which its every match contains, or neither;
     * {@code pure} when it is made of literal characters only, so that finding one of the strings is a match.
     */
    private record Node(Set<String> finite, Set<String> required, boolean pure, Set<Character> first,
            boolean nullable, boolean anchored) {

        Node(Set<String> finite, Set<String> required, boolean pure, Set<Character> first, boolean nullable) {
            this(finite, required, pure, first, nullable, false);
        }

        Node anchoredAtStart(boolean anchoredAtStart) {
            return new Node(finite, required, pure, first, nullable, anchoredAtStart);
        }

        /** One character of any kind. */
        static final Node NOTHING = new Node(null, null, false, null, false);
        static final Node ZERO_WIDTH = new Node(Set.of(""), null, false, Set.of(), true);
        static final Node START = ZERO_WIDTH.anchoredAtStart(true);

        static Node literal(char c) {
            return new Node(Set.of(String.valueOf(c)), null, true, Set.of(c), false);
        }

        /** One character of the set, or of any kind when the set is null. */
        static Node oneOf(Set<Character> chars) {
            return new Node(null, null, false, chars, false);
        }

        Set<String> promise() {
            return finite != null ? finite : required;
        }
    }

    /** Syntax this reader does not vouch for. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }
}
