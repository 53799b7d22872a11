package io.talentatlas.gateway.rest;

import io.talentatlas.gateway.client.MetricsProblemException;
import io.talentatlas.gateway.client.MetricsUnavailableException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns failures into {@code application/problem+json}: relayed refusals, 503 when nothing can answer, 400s. */
public class GatewayProblems {

    @ServerExceptionMapper
    public Response refusedByMetrics(MetricsProblemException e) {
        Object body = e.problem() != null ? e.problem()
                : Problem.of("invalid-request", "Invalid request", e.status(), "metrics-service refused the request");
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response metricsUnavailable(MetricsUnavailableException e) {
        Problem problem = Problem.of("metrics-unavailable", "Figures temporarily unavailable", 503,
                "metrics-service cannot be reached and no earlier answer to this request is cached; retry shortly");
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "5")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(problem).build();
    }

    @ServerExceptionMapper
    public Response invalidParameters(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(GatewayProblems::describe).sorted().collect(Collectors.joining("; "));
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(Problem.of("invalid-parameter", "Invalid parameter", 400, detail)).build();
    }

    /** The integer query parameters of the views (page, size, year); a value that is no integer is a 400. */
    private static final Set<String> INTEGER_PARAMETERS = Set.of("page", "size", "year");

    /**
     * Quarkus REST reports a query or path parameter it cannot convert ({@code ?size=abc}, {@code ?year=x}) as a
     * bare 404 with the conversion failure as cause (the JAX-RS rule); that is a bad parameter, so 400. A 404
     * without a cause (no such path) stays a 404, as a problem too.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (e.getCause() == null) {
            return Response.status(404).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of("not-found", "Not found", 404, "no such resource")).build();
        }
        String detail = uri.getQueryParameters().entrySet().stream()
                .filter(parameter -> INTEGER_PARAMETERS.contains(parameter.getKey()))
                .flatMap(parameter -> parameter.getValue().stream().filter(value -> !value.matches("-?\\d{1,9}"))
                        .map(value -> parameter.getKey() + " must be an integer (was " + value + ")"))
                .sorted().collect(Collectors.joining("; "));
        if (detail.isEmpty()) {
            detail = "a parameter has a value of the wrong type: " + e.getCause().getMessage();
        }
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(Problem.of("invalid-parameter", "Invalid parameter", 400, detail)).build();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + " " + violation.getMessage()
                + " (was " + violation.getInvalidValue() + ")";
    }
}
