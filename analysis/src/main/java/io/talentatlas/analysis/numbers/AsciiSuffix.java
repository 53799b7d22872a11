package io.talentatlas.analysis.numbers;

/**
 * The Latin-script tails of an Arabic number: an exponent ({@code 2e5}, {@code 2^-1}), a thousands or millions
 * letter ({@code 40k}, {@code 2.5 M}) and a slash fraction ({@code 3/5}, {@code 1 3/5}). A tail counts only when
 * no Latin letter follows it, so {@code 5km} and {@code 3Mbps} are not read as 5000 or 3000000.
 */
final class AsciiSuffix {

    private AsciiSuffix() {
    }

    /** The end of the number that starts at {@code start}, including its tail; {@code end} when there is none. */
    static int extend(String text, int start, int end) {
        int exponent = exponentEnd(text, end);
        if (exponent > end) {
            return exponent;
        }
        int letter = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        char c = at(text, letter);
        if ((c == 'k' || c == 'K' || c == 'M') && !CharTable.isAsciiLetter(at(text, letter + 1))) {
            return letter + 1;
        }
        char before = at(text, start - 1);
        return before == '/' || CharTable.isAsciiLetter(before) ? end : fractionEnd(text, end);
    }

    private static int exponentEnd(String text, int end) {
        char c = at(text, end);
        int j = end + 1;
        if (c == 'e' || c == 'E') {
            j += at(text, j) == '+' || at(text, j) == '-' ? 1 : 0;
        } else if (c == '^') {
            while (at(text, j) == '+' || at(text, j) == '-') {
                j++;
            }
        } else {
            return end;
        }
        int digits = digitsEnd(text, j);
        return digits > j && !CharTable.isAsciiLetter(at(text, digits)) ? digits : end;
    }

    private static int fractionEnd(String text, int end) {
        int slash = end;
        if (at(text, end) == ' ' && CharTable.isAsciiDigit(at(text, end + 1))) {
            slash = digitsEnd(text, end + 1);
        }
        if (at(text, slash) != '/' || at(text, slash + 1) == '/') {
            return end;
        }
        int denominator = digitsEnd(text, slash + 1);
        boolean isDate = at(text, denominator) == '/' || at(text, denominator) == '-';
        return denominator > slash + 1 && !isDate && !CharTable.isAsciiLetter(at(text, denominator)) ? denominator : end;
    }

    private static int digitsEnd(String text, int from) {
        int j = from;
        while (CharTable.isAsciiDigit(at(text, j))) {
            j++;
        }
        return j;
    }

    private static char at(String text, int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }
}
