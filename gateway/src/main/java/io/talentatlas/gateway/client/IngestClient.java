package io.talentatlas.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ingest-service's intake API. Bodies travel as the client sent them (bytes and {@code Content-Type}, multipart
 * boundary included), and every answer comes back as a {@link Response}, whatever its status: the default
 * exception mapper is disabled in {@code application.properties} so that ingest's 4xx/503 problems reach the caller.
 */
@RegisterRestClient(configKey = "ingest")
@Path("/api/v1/articles")
public interface IngestClient {

    @POST
    @Consumes(MediaType.WILDCARD)
    Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @QueryParam("url") String url,
                    @QueryParam("name") String name, byte[] body);

    @POST
    @Path("/batch")
    @Consumes(MediaType.WILDCARD)
    Response submitBatch(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body);
}
