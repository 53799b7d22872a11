package io.talentatlas.metrics.rest;

import io.talentatlas.metrics.service.MetricCatalogue;
import io.talentatlas.metrics.service.view.MetricInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The metric catalogue, so that the gateway need not depend on analysis to know the keys. */
@Path("/internal/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    private final MetricCatalogue catalogue;

    public MetricResource(MetricCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public List<MetricInfo> metrics() {
        return catalogue.all();
    }
}
