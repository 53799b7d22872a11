package io.talentatlas.gateway.rest;

import io.talentatlas.gateway.service.ViewService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public region views: the list of regions with facts, one region's page, one metric's history. A region is
 * addressed by its code; a name, short name or nickname ({@code 大庆}, {@code 鹤城}) redirects to the code.
 */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions", description = "Per-region talent figures, each linked to the sentence it comes from")
public class RegionViewResource {

    private static final String CODE = "\\d{6}";

    private final ViewService views;
    private final ViewResponses responses;

    public RegionViewResource(ViewService views, ViewResponses responses) {
        this.views = views;
        this.responses = responses;
    }

    @GET
    @Operation(summary = "Regions with facts", description = "Code, name, level, parent, article and fact counts, "
            + "date of the newest article; filtered by level and province, paged.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "regions", value = ApiExamples.REGION_LIST)))
    @APIResponse(responseCode = "400", description = "Bad level, province or paging parameter")
    @APIResponse(responseCode = "503", description = "metrics-service down and nothing cached",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unavailable", value = ApiExamples.UNAVAILABLE)))
    public Response regions(
            @QueryParam("level") @Pattern(regexp = "province|prefecture|county") String level,
            @QueryParam("province") @Pattern(regexp = CODE) String province,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Context Request request) {
        return responses.of(views.regions(level, province, page, size), request);
    }

    @GET
    @Path("/{region}")
    @Operation(summary = "A region's page", description = "Identity and parent chain; headline figures (latest "
            + "whole-region achievement per metric); offers to newcomers; targets apart from achievements; "
            + "figures of named parts (zones, hubs) by part; child regions with facts; recent articles. "
            + "A name or nickname answers 307 with the code's address.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "绥化", value = ApiExamples.REGION_VIEW)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    @APIResponse(responseCode = "307", description = "Addressed by name: Location holds the code's address")
    @APIResponse(responseCode = "404", description = "Unknown region",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "metrics-service down and nothing cached")
    public Response region(@PathParam("region") String region, @Context Request request, @Context UriInfo uri) {
        if (!region.matches(CODE)) {
            return redirect(uri, region, "");
        }
        return responses.of(views.region(region), request);
    }

    @GET
    @Path("/{region}/metrics/{metric}")
    @Operation(summary = "One metric's history in a region", description = "Every fact, oldest article first, "
            + "with article and evidence; paged.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY)))
    @APIResponse(responseCode = "307", description = "Addressed by name: Location holds the code's address")
    @APIResponse(responseCode = "404", description = "Unknown region or metric; the detail lists valid metrics",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown metric", value = ApiExamples.UNKNOWN_METRIC)))
    public Response history(@PathParam("region") String region, @PathParam("metric") String metric,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Context Request request, @Context UriInfo uri) {
        if (!region.matches(CODE)) {
            return redirect(uri, region, "/metrics/" + metric);
        }
        return responses.of(views.history(region, metric, page, size), request);
    }

    private Response redirect(UriInfo uri, String name, String rest) {
        String code = views.lookup(name).body().path("region").path("code").asText();
        return Response.temporaryRedirect(uri.getBaseUriBuilder().path("/api/v1/regions/" + code + rest)
                .replaceQuery(uri.getRequestUri().getRawQuery()).build()).build();
    }
}
