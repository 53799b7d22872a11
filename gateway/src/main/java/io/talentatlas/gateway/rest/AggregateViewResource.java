package io.talentatlas.gateway.rest;

import io.talentatlas.gateway.service.ViewService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public cross-region views: a ranking on one metric, a province roll-up, and the metric catalogue. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "aggregates", description = "Comparisons and roll-ups under the aggregation rules of facts.md")
public class AggregateViewResource {

    private final ViewService views;
    private final ViewResponses responses;

    public AggregateViewResource(ViewService views, ViewResponses responses) {
        this.views = views;
        this.responses = responses;
    }

    @GET
    @Path("/metrics")
    @Operation(summary = "The metric catalogue", description = "Keys, kinds (flow, stock, offer) and names.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "metrics", value = ApiExamples.METRICS)))
    public Response metrics(@Context Request request) {
        return responses.of(views.metrics(), request);
    }

    @GET
    @Path("/compare")
    @Operation(summary = "Regions ranked on one metric", description = "Each region's latest whole-region "
            + "achievement, highest first, ranked within a unit. The qualifier is shown and exactValue is false "
            + "for bounds and estimates (an at_least figure is not an exact one); offers compare as caps.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "talent.introduced", value = ApiExamples.COMPARE)))
    @APIResponse(responseCode = "400", description = "Missing metric or bad level, province, paging")
    @APIResponse(responseCode = "404", description = "Unknown metric; the detail lists valid metrics",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown metric", value = ApiExamples.UNKNOWN_METRIC)))
    public Response compare(
            @QueryParam("metric") @NotBlank String metric,
            @QueryParam("level") @Pattern(regexp = "province|prefecture|county") String level,
            @QueryParam("province") @Pattern(regexp = "\\d{6}") String province,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Context Request request) {
        return responses.of(views.compare(metric, level, province, page, size), request);
    }

    @GET
    @Path("/provinces/{code}/rollup")
    @Operation(summary = "A province's cities' flows summed", description = "Sums of the cities' latest flows "
            + "that cover the same period (or exactly the given year), never of stocks or offers; names the "
            + "cities summed and the cities without a figure.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "黑龙江 talent.introduced", value = ApiExamples.ROLLUP)))
    @APIResponse(responseCode = "400", description = "Not a province, a stock or offer metric, a bad year")
    @APIResponse(responseCode = "404", description = "Unknown province or metric")
    public Response rollup(
            @PathParam("code") @Pattern(regexp = "\\d{6}") String code,
            @QueryParam("metric") @NotBlank String metric,
            @QueryParam("year") @Min(1949) @Max(2100) Integer year,
            @Context Request request) {
        return responses.of(views.rollup(code, metric, year), request);
    }
}
