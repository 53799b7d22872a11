package io.talentatlas.metrics.rest;

import io.talentatlas.analysis.parse.ParseException;
import io.talentatlas.metrics.service.InvalidQueryException;
import io.talentatlas.metrics.service.UnknownArticleException;
import io.talentatlas.metrics.service.UnknownMetricException;
import io.talentatlas.metrics.service.UnknownRegionException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the services' exceptions and validation failures to {@code application/problem+json} responses. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response unknownRegion(UnknownRegionException e) {
        return respond(Problem.of("unknown-region", "Unknown region", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unknownArticle(UnknownArticleException e) {
        return respond(Problem.of("unknown-article", "Unknown article", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unknownMetric(UnknownMetricException e) {
        Problem problem = Problem.of("unknown-metric", "Unknown metric", 404, e.getMessage());
        return respond(new Problem(problem.type(), problem.title(), 404, problem.detail(), e.validMetrics()));
    }

    @ServerExceptionMapper
    public Response unreadableDocument(ParseException e) {
        return respond(Problem.of(e.type(), e.title(), e.status(), e.detail()));
    }

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e) {
        return respond(Problem.of("invalid-parameter", "Invalid parameter", 400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidParameters(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMappers::describe).sorted().collect(Collectors.joining("; "));
        return respond(Problem.of("invalid-parameter", "Invalid parameter", 400, detail));
    }

    /** Returns a problem with its status and media type. */
    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String parameter = path.substring(path.lastIndexOf('.') + 1);
        return parameter + " " + violation.getMessage() + " (was " + violation.getInvalidValue() + ")";
    }
}
