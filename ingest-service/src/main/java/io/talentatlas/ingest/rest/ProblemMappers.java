package io.talentatlas.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.talentatlas.analysis.parse.ParseException;
import io.talentatlas.ingest.messaging.PublishException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure of a request to {@code application/problem+json}. Bad input always gets a 4xx with a stable
 * type; only a failure of the service itself (a bug) is a 500, and it is logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response notAnArticle(ParseException e) {
        return Problems.of(e).toResponse();
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(PublishException e) {
        LOG.warnf("503: %s", e.getMessage());
        return Problems.of(e).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.of("invalid-json", "Malformed JSON", 400, e.getOriginalMessage()).toResponse();
    }

    /** Well-formed JSON of the wrong shape ({@code []}, {@code "text"}); Quarkus's own mapper answers an empty 400. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return Problem.of("invalid-json", "Malformed JSON", 400,
                "expected an object {\"content\": \"...\", \"url\": \"...\"}: " + e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMappers::describe).sorted().collect(Collectors.joining("; "));
        return Problem.of("invalid-request", "Invalid request", 400, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        // The JSON body reader reports unreadable JSON as a plain 400 with the parser's exception as cause.
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return Problem.of(slug, status.getReasonPhrase(), status.getStatusCode(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure while handling a request", e);
        return Problem.of("internal-error", "Internal error", 500, "the service failed; see its log").toResponse();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + " " + violation.getMessage();
    }
}
