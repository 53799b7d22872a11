package io.talentatlas.gateway.rest;

import io.talentatlas.gateway.service.ViewService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public article drill-down: search, and one article with its facts and their evidence spans. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "The articles behind the figures")
public class ArticleViewResource {

    private static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

    private final ViewService views;
    private final ViewResponses responses;

    public ArticleViewResource(ViewService views, ViewResponses responses) {
        this.views = views;
        this.responses = responses;
    }

    @GET
    @Operation(summary = "Search articles", description = "By region (and the regions below it), words in title "
            + "or body, publication days (from, to inclusive, China time); newest first, paged.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "articles", value = ApiExamples.ARTICLES)))
    @APIResponse(responseCode = "400", description = "Bad region, date or paging parameter")
    public Response search(
            @QueryParam("region") @Pattern(regexp = "\\d{6}") String region,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("from") @Pattern(regexp = DAY) String from,
            @QueryParam("to") @Pattern(regexp = DAY) String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Context Request request) {
        return responses.of(views.articles(region, text, from, to, page, size), request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its facts", description = "The cleaned body, its paragraphs and every "
            + "fact with spanStart/spanEnd offsets into the body, so a client can highlight the numbers.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE)))
    @APIResponse(responseCode = "404", description = "Unknown article",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response article(@PathParam("id") @Pattern(regexp = "[0-9a-zA-Z]{1,64}") String id,
            @Context Request request) {
        return responses.of(views.article(id), request);
    }
}
