package io.talentatlas.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentatlas.gateway.service.ViewService;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Try the extractor on a document without storing it. */
@Path("/api/v1/extract")
@Tag(name = "articles")
public class ExtractPreviewResource {

    private final ViewService views;

    public ExtractPreviewResource(ViewService views) {
        this.views = views;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM, "text/markdown"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract facts from a posted document, without storing it", description = "Any format "
            + "the parser reads (Jekyll post, scrape, HTML, text); answers like GET /api/v1/articles/{id}, with "
            + "fact ids 0. Unreadable documents are 413/415/422 problems.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE)))
    @APIResponse(responseCode = "422", description = "No article text",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public JsonNode extract(byte[] document, @QueryParam("url") @Size(max = 2000) String url) {
        return views.extract(document, url);
    }
}
