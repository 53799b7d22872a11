package io.talentatlas.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentatlas.gateway.client.IngestClient;
import io.talentatlas.gateway.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Hands articles to ingest-service, guarded against it being slow or away.
 *
 * <p>Whatever ingest answers (202, 207, a 4xx problem, its own 503 when the broker is down) is passed on as is.
 * Only when ingest cannot be reached, or does not answer in time, does the fallback answer 503 problem+json:
 * the article was not taken and the client should retry. Retrying is safe because an article's id is derived
 * from its content, so an article delivered twice is stored once. Timeouts exceed ingest's own wait for the
 * broker acknowledgement (10 s), so a slow broker shows up as ingest's answer, not as a gateway timeout.
 */
@ApplicationScoped
public class ArticleIntakeService {

    private final IngestClient ingest;
    private final ObjectMapper json;

    public ArticleIntakeService(@RestClient IngestClient ingest, ObjectMapper json) {
        this.ingest = ingest;
        this.json = json;
    }

    @Timeout(15_000)
    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, failOn = {ProcessingException.class, TimeoutException.class})
    @Fallback(fallbackMethod = "intakeUnavailable")
    public IngestReply submit(String contentType, String url, String name, byte[] body) {
        return read(ingest.submit(contentType, url, name, body));
    }

    @Timeout(120_000)
    @Retry(maxRetries = 1, delay = 200, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, failOn = {ProcessingException.class, TimeoutException.class})
    @Fallback(fallbackMethod = "batchIntakeUnavailable")
    public IngestReply submitBatch(String contentType, byte[] body) {
        return read(ingest.submitBatch(contentType, body));
    }

    IngestReply intakeUnavailable(String contentType, String url, String name, byte[] body, Throwable failure) {
        return unavailable(failure);
    }

    IngestReply batchIntakeUnavailable(String contentType, byte[] body, Throwable failure) {
        return unavailable(failure);
    }

    private static IngestReply read(Response response) {
        try (response) {
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            return new IngestReply(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        }
    }

    private IngestReply unavailable(Throwable failure) {
        Problem problem = Problem.of("ingest-unavailable", "Article intake unavailable", 503,
                "ingest-service could not be reached (" + failure.getClass().getSimpleName()
                        + "); the article was not accepted, retry later");
        try {
            return new IngestReply(problem.status(), Problem.MEDIA_TYPE, json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            // A record of three strings and an int always serializes; failing here is a programming error.
            throw new IllegalStateException(e);
        }
    }
}
