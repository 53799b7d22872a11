package io.talentatlas.metrics.rest;

import io.talentatlas.metrics.service.MetricQueryService;
import io.talentatlas.metrics.service.view.Comparison;
import io.talentatlas.metrics.service.view.PageRequest;
import io.talentatlas.metrics.service.view.Rollup;
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
import jakarta.ws.rs.core.MediaType;

/** Internal cross-region queries for the gateway: a ranking on one metric and a province roll-up. */
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public class AggregateResource {

    private final MetricQueryService metrics;

    public AggregateResource(MetricQueryService metrics) {
        this.metrics = metrics;
    }

    @GET
    @Path("/compare")
    public Comparison compare(
            @QueryParam("metric") @NotBlank String metric,
            @QueryParam("level") @Pattern(regexp = "province|prefecture|county") String level,
            @QueryParam("province") @Pattern(regexp = "\\d{6}") String province,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return metrics.compare(metric, level, province, new PageRequest(page, size));
    }

    @GET
    @Path("/provinces/{code}/rollup")
    public Rollup rollup(
            @PathParam("code") @Pattern(regexp = "\\d{6}") String code,
            @QueryParam("metric") @NotBlank String metric,
            @QueryParam("year") @Min(1949) @Max(2100) Integer year) {
        return metrics.rollup(code, metric, year);
    }
}
