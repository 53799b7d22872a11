package io.talentatlas.ingest.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The one metrics-service call intake makes: what the store already knows about an article before it is
 * published. Only {@link io.talentatlas.ingest.service.StoredCopies} uses it, with a timeout and a fallback.
 */
@RegisterRestClient(configKey = "metrics-service")
@Path("/internal/articles")
@Produces(MediaType.APPLICATION_JSON)
public interface MetricsClient {

    /**
     * Whether the article is stored, and the first stored copy of its story.
     *
     * @param id          the article id
     * @param fingerprint the body's SimHash, 16 hex digits
     */
    @GET
    @Path("/duplicate-check")
    DuplicateCheck duplicateCheck(@QueryParam("id") String id, @QueryParam("fingerprint") String fingerprint);
}
