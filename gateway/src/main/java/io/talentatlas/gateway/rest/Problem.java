package io.talentatlas.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error the gateway makes itself ({@code application/problem+json}).
 * Problems from metrics-service (unknown region, unknown metric) and ingest-service (refused articles) are relayed
 * unchanged and have the same shape.
 *
 * @param type   stable URI naming the kind of problem
 * @param title  short human summary of the kind
 * @param status HTTP status
 * @param detail what went wrong with this request
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of kind {@code slug} (e.g. {@code invalid-parameter}). */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem("https://talent-atlas.io/problems/" + slug, title, status, detail);
    }

    /** This problem as a response with its status and media type. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
