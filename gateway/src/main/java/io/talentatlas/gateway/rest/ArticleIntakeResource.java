package io.talentatlas.gateway.rest;

import io.talentatlas.gateway.service.ArticleIntakeService;
import io.talentatlas.gateway.service.IngestReply;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public intake of articles: one article ({@code POST /api/v1/articles}, raw document or JSON) or many
 * ({@code POST /api/v1/articles/batch}, NDJSON or multipart). Requests go to ingest-service unchanged and its
 * answers come back unchanged; when ingest is unreachable the answer is 503 problem+json.
 */
@Path("/api/v1/articles")
public class ArticleIntakeResource {

    /** Sent on when a client gives no media type, so that ingest refuses the body with its own problem. */
    private static final String UNKNOWN_TYPE = MediaType.APPLICATION_OCTET_STREAM;

    private final ArticleIntakeService intake;

    public ArticleIntakeResource(ArticleIntakeService intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("url") String url, @QueryParam("name") String name, byte[] body) {
        return relay(intake.submit(orUnknown(contentType), url, name, body));
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.WILDCARD)
    public Response submitBatch(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return relay(intake.submitBatch(orUnknown(contentType), body));
    }

    private static Response relay(IngestReply reply) {
        Response.ResponseBuilder response = Response.status(reply.status());
        if (reply.body().length > 0) {
            response.entity(reply.body()).type(reply.contentType());
        }
        return response.build();
    }

    private static String orUnknown(String contentType) {
        return contentType == null || contentType.isBlank() ? UNKNOWN_TYPE : contentType;
    }
}
