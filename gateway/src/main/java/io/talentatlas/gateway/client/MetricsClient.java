package io.talentatlas.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * metrics-service's internal query API ({@code /internal}). Answers are kept as JSON trees: the gateway relays
 * them, adding only its own envelope fields (staleness), so it needs no copy of metrics-service's types. A 4xx
 * answer becomes {@link MetricsProblemException}, anything else that fails {@link MetricsUnavailableException}.
 */
@RegisterRestClient(configKey = "metrics-service")
@RegisterProvider(MetricsResponseMapper.class)
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface MetricsClient {

    @GET
    @Path("/metrics")
    JsonNode metrics();

    @GET
    @Path("/regions")
    JsonNode regions(@QueryParam("level") String level, @QueryParam("province") String province,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/regions/lookup")
    JsonNode lookup(@QueryParam("name") String name);

    @GET
    @Path("/regions/{code}")
    JsonNode region(@PathParam("code") String code);

    @GET
    @Path("/regions/{code}/metrics/{metric}")
    JsonNode history(@PathParam("code") String code, @PathParam("metric") String metric,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/compare")
    JsonNode compare(@QueryParam("metric") String metric, @QueryParam("level") String level,
            @QueryParam("province") String province, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/provinces/{code}/rollup")
    JsonNode rollup(@PathParam("code") String code, @QueryParam("metric") String metric,
            @QueryParam("year") Integer year);

    @GET
    @Path("/articles")
    JsonNode articles(@QueryParam("region") String region, @QueryParam("q") String text,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/articles/{id}")
    JsonNode article(@PathParam("id") String id);

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    JsonNode extract(byte[] document, @QueryParam("url") String url);
}
