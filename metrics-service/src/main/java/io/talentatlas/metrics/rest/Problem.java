package io.talentatlas.metrics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type         stable URI naming the kind of problem
 * @param title        short human summary of the kind
 * @param status       HTTP status
 * @param detail       what went wrong with this request
 * @param validMetrics the catalogue keys, when a metric was not recognised
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<String> validMetrics) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String BASE = "https://talent-atlas.io/problems/";

    /** A problem of kind {@code slug} (e.g. {@code unknown-region}). */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(BASE + slug, title, status, detail, null);
    }
}
