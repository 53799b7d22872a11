package io.talentatlas.ingest.rest;

import io.talentatlas.analysis.parse.ParseException;
import io.talentatlas.ingest.messaging.PublishException;

/** The problems intake reports, built from the exceptions that carry them. */
final class Problems {

    private Problems() {
    }

    /** A document refused by the parser: 413, 415 or 422 with the parser's own type, title and detail. */
    static Problem of(ParseException e) {
        return Problem.of(e.type(), e.title(), e.status(), e.detail());
    }

    /** An article that was not handed over to the broker: the client should retry later. */
    static Problem of(PublishException e) {
        return Problem.of("broker-unavailable", "Article not accepted: message broker unavailable", 503,
                e.getMessage());
    }

    /** The last segment of the problem's type URI, e.g. {@code invalid-json}: the reason tag of counters. */
    static String slug(Problem problem) {
        return problem.type().substring(problem.type().lastIndexOf('/') + 1);
    }

    /** A batch line that is not a JSON object of the expected shape. */
    static Problem invalidLine(int lineNumber, String reason) {
        return Problem.of("invalid-json", "Malformed JSON", 400, "line " + lineNumber + ": " + reason);
    }
}
