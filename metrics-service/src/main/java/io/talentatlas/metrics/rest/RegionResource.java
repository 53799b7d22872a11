package io.talentatlas.metrics.rest;

import io.talentatlas.metrics.service.MetricQueryService;
import io.talentatlas.metrics.service.RegionLookupService;
import io.talentatlas.metrics.service.RegionViewService;
import io.talentatlas.metrics.service.view.MetricHistory;
import io.talentatlas.metrics.service.view.PageOf;
import io.talentatlas.metrics.service.view.PageRequest;
import io.talentatlas.metrics.service.view.RegionMatch;
import io.talentatlas.metrics.service.view.RegionSummary;
import io.talentatlas.metrics.service.view.RegionView;
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

/** Internal region queries for the gateway: the region list, name lookup, the region page, a metric's history. */
@Path("/internal/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionViewService views;
    private final RegionLookupService lookup;
    private final MetricQueryService metrics;

    public RegionResource(RegionViewService views, RegionLookupService lookup, MetricQueryService metrics) {
        this.views = views;
        this.lookup = lookup;
        this.metrics = metrics;
    }

    @GET
    public PageOf<RegionSummary> regions(
            @QueryParam("level") @Pattern(regexp = "province|prefecture|county") String level,
            @QueryParam("province") @Pattern(regexp = "\\d{6}") String province,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return views.regions(level, province, new PageRequest(page, size));
    }

    @GET
    @Path("/lookup")
    public RegionMatch lookup(@QueryParam("name") @NotBlank String name) {
        return lookup.lookup(name);
    }

    @GET
    @Path("/{code}")
    public RegionView region(@PathParam("code") String code) {
        return views.view(code);
    }

    @GET
    @Path("/{code}/metrics/{metric}")
    public MetricHistory history(@PathParam("code") String code, @PathParam("metric") String metric,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return metrics.history(code, metric, new PageRequest(page, size));
    }
}
