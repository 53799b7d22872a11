package io.talentatlas.ingest.rest;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type   stable URI naming the kind of problem
 * @param title  short human summary of the kind
 * @param status HTTP status
 * @param detail what went wrong with this request
 */
public record Problem(String type, String title, int status, String detail) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String BASE = "https://talent-atlas.io/problems/";

    /** A problem of kind {@code slug} (e.g. {@code too-large}). */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(BASE + slug, title, status, detail);
    }

    /** This problem as a response with its status and media type. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
