package io.talentatlas.ingest.rest;

import io.talentatlas.ingest.service.Document;
import io.talentatlas.ingest.service.IngestReceipt;
import io.talentatlas.ingest.service.IngestService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * Intake of one article: the raw document as the body (any {@code text/*} type), or JSON {@code {content, url}}.
 * Answers 202 with the parsed metadata once the broker holds the article; 4xx problem when the document is not an
 * article; 503 problem when the broker did not take it.
 */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final IngestService ingest;

    public ArticleResource(IngestService ingest) {
        this.ingest = ingest;
    }

    @POST
    @Consumes("text/*")
    public Response ingestRaw(byte[] body, @QueryParam("url") String url, @QueryParam("name") String name) {
        return accepted(ingest.ingest(new Document(body, name, url)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ingestJson(@Valid @NotNull ArticleSubmission submission) {
        byte[] content = submission.content().getBytes(StandardCharsets.UTF_8);
        return accepted(ingest.ingest(new Document(content, null, submission.url())));
    }

    private static Response accepted(IngestReceipt receipt) {
        return Response.accepted(receipt).build();
    }
}
