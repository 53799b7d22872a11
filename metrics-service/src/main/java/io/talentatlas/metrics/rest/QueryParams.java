package io.talentatlas.metrics.rest;

import io.talentatlas.metrics.service.InvalidQueryException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters whose failure must be a 400, not the 404 JAX-RS gives for a query parameter it cannot
 * convert. Dates are calendar days in China Standard Time, the time zone of the articles.
 */
final class QueryParams {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private QueryParams() {
    }

    /** The start of the day {@code text} (yyyy-MM-dd), or null when absent. */
    static OffsetDateTime startOfDay(String name, String text) {
        return text == null || text.isBlank() ? null : day(name, text).atStartOfDay().atOffset(CHINA);
    }

    /** The start of the day after {@code text}, so that {@code to} includes its whole day; null when absent. */
    static OffsetDateTime endOfDay(String name, String text) {
        return text == null || text.isBlank() ? null : day(name, text).plusDays(1).atStartOfDay().atOffset(CHINA);
    }

    private static LocalDate day(String name, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " must be a date like 2023-01-31 (was " + text + ")");
        }
    }
}
