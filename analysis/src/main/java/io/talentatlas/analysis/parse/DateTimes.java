package io.talentatlas.analysis.parse;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication times Chinese news sources write ({@code 2023年01月05日 9:31}, {@code 2022-01-04 07:38:30
 * +0800}, ISO-8601) into a time with offset; {@code +08:00} (China Standard Time) when the source gives none.
 */
final class DateTimes {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** A date with an optional time, in Chinese or numeric notation, and an optional offset. */
    static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})(?:年|[-/.])(\\d{1,2})(?:月|[-/.])(\\d{1,2})日?"
            + "(?:(?:\\s*|T)(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2})(?:\\.\\d{1,9})?)?)?"
            + "(?:\\s*(Z|[+-]\\d{2}:?\\d{2}))?");

    private DateTimes() {
    }

    /** The first date-time in {@code text}, if it is a real date. */
    static Optional<OffsetDateTime> find(String text) {
        Matcher matcher = DATE_TIME.matcher(text);
        return matcher.find() ? of(matcher) : Optional.empty();
    }

    /** The date-time a {@link #DATE_TIME} match denotes, empty when the numbers are out of range. */
    static Optional<OffsetDateTime> of(Matcher m) {
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), number(m.group(4)), number(m.group(5)), number(m.group(6)));
            return Optional.of(OffsetDateTime.of(local, offset(m.group(7))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static ZoneOffset offset(String written) {
        if (written == null) {
            return CHINA;
        }
        if ("Z".equals(written)) {
            return ZoneOffset.UTC;
        }
        String withColon = written.length() == 5 ? written.substring(0, 3) + ":" + written.substring(3) : written;
        return ZoneOffset.of(withColon);
    }
}
