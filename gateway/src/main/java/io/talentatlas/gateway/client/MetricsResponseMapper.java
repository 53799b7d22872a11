package io.talentatlas.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Tells a request metrics-service refused (4xx) from metrics-service failing (5xx). */
public class MetricsResponseMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            return new MetricsProblemException(status, body(response));
        }
        return new MetricsUnavailableException("metrics-service answered " + status, null);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static JsonNode body(Response response) {
        try (InputStream in = response.readEntity(InputStream.class)) {
            return JSON.readTree(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
