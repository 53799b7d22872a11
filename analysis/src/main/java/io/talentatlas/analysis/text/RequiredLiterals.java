package io.talentatlas.analysis.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a regex and works out literal strings of which every match must contain at least one: for
 * {@code [\p{IsHan}]{2,14}?(研究院|研究所)} that is {研究院, 研究所}; for {@code 引|聚|开展} it is {引, 聚, 开展}.
 *
 * <p>It understands the syntax the extractor's lexicons use (literals, escapes, classes, groups, lookarounds,
 * alternation, greedy/lazy/possessive quantifiers). Anything it is not sure about (inline flags, back-references,
 * {@code \Q…\E}, a branch with no literal it must contain) makes the answer empty, which means "no gate": the
 * regex then runs as it always did. The answer is a promise, so it errs on the side of saying nothing.
 */
final class RequiredLiterals {

    private final String regex;
    private int pos;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** Literals one of which every match of {@code regex} contains, or empty when no such promise can be made. */
    static Optional<Set<String>> of(String regex) {
        try {
            RequiredLiterals reader = new RequiredLiterals(regex);
            Node node = reader.alternation();
            if (reader.pos != regex.length() || node.required == null) {
                return Optional.empty();
            }
            return node.required.contains("") ? Optional.empty() : Optional.of(node.required);
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
        Set<String> union = new LinkedHashSet<>();
        for (Node branch : branches) {
            if (branch.required == null) {
                return Node.NOTHING;
            }
            union.addAll(branch.required);
        }
        return new Node(null, union);
    }

    /** Adjacent exact items merge into one literal; of the rest, the most selective requirement is kept. */
    private Node sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean allExact = true;
        while (more() && peek() != '|' && peek() != ')') {
            Node item = quantified(atom());
            if (item.exact != null) {
                run.append(item.exact);
                continue;
            }
            allExact = false;
            flush(run, candidates);
            if (item.required != null) {
                candidates.add(item.required);
            }
        }
        if (allExact) {
            return Node.exact(run.toString());
        }
        flush(run, candidates);
        return new Node(null, best(candidates));
    }

    private static void flush(StringBuilder run, List<Set<String>> candidates) {
        if (run.length() > 0) {
            candidates.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    /** The requirement whose shortest literal is longest (fewest false alarms), then the one with fewer literals. */
    private static Set<String> best(List<Set<String>> candidates) {
        Set<String> best = null;
        for (Set<String> candidate : candidates) {
            if (best == null || shortest(candidate) > shortest(best)
                    || shortest(candidate) == shortest(best) && candidate.size() < best.size()) {
                best = candidate;
            }
        }
        return best;
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
            return Node.NOTHING;
        }
        if (atom.exact != null && min == max) {
            return Node.exact(atom.exact.repeat(min));
        }
        return new Node(null, atom.required);
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
            case '[' -> {
                skipClass();
                yield Node.NOTHING;
            }
            case '\\' -> escape();
            case '^', '$' -> Node.exact("");
            case '.' -> Node.NOTHING;
            case '*', '+', '?', '{', ')', '|' -> throw new Unsupported();
            default -> Node.exact(String.valueOf(c));
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
        return zeroWidth ? Node.exact("") : inner;
    }

    private Node escape() {
        if (!more()) {
            throw new Unsupported();
        }
        char c = regex.charAt(pos++);
        switch (c) {
            case 'b', 'B', 'A', 'z', 'Z', 'G':
                return Node.exact("");
            case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X':
                return Node.NOTHING;
            case 'p', 'P':
                skipProperty();
                return Node.NOTHING;
            case 't':
                return Node.exact("\t");
            case 'n':
                return Node.exact("\n");
            case 'r':
                return Node.exact("\r");
            case 'f':
                return Node.exact("\f");
            case 'u':
                return Node.exact(String.valueOf((char) Integer.parseInt(take(4), 16)));
            default:
                if (Character.isLetterOrDigit(c)) {
                    // Back-references, \Q…\E, \x, \c, \k and anything else that is not a plain escaped symbol.
                    throw new Unsupported();
                }
                return Node.exact(String.valueOf(c));
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
     * What a part of a regex promises: {@code exact} when it always matches that very string (zero-width parts match
     * ""), else {@code required} literals one of which its every match contains, or null for no promise.
     */
    private record Node(String exact, Set<String> required) {

        static final Node NOTHING = new Node(null, null);

        static Node exact(String literal) {
            return new Node(literal, Set.of(literal));
        }
    }

    /** Syntax this reader does not vouch for. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }
}
