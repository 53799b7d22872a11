package io.talentatlas.metrics.rest;

import io.talentatlas.metrics.config.AdminConfig;
import io.talentatlas.metrics.service.ReprocessJob;
import io.talentatlas.metrics.service.ReprocessService;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Operator endpoints: start a reprocessing job ({@code 202} with {@code Location}) and follow its progress. Each
 * request must carry {@code Authorization: Bearer <atlas.admin.token>}; with no token configured they are off.
 */
@Path("/admin/reprocess")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final String BEARER = "Bearer ";

    private final ReprocessService reprocessing;
    private final AdminConfig config;

    public AdminResource(ReprocessService reprocessing, AdminConfig config) {
        this.reprocessing = reprocessing;
        this.config = config;
    }

    @POST
    public Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("force") @DefaultValue("false") boolean force, @Context UriInfo uri) {
        return refusal(authorization).orElseGet(() -> {
            ReprocessJob job = reprocessing.start(force);
            return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id()).build()).build();
        });
    }

    @GET
    @Path("/{job}")
    public Response progress(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("job") String job) {
        return refusal(authorization).orElseGet(() -> reprocessing.job(job)
                .map(report -> Response.ok(report).build())
                .orElseGet(() -> ProblemMappers.respond(Problem.of("unknown-job", "Unknown job", 404,
                        "no reprocessing job " + job + " (jobs are forgotten on restart)"))));
    }

    private Optional<Response> refusal(String authorization) {
        if (config.token().isEmpty() || config.token().get().isBlank()) {
            return Optional.of(ProblemMappers.respond(Problem.of("admin-disabled", "Admin disabled", 503,
                    "no admin token is configured (ADMIN_TOKEN)")));
        }
        if (!matches(authorization, config.token().get())) {
            Response unauthorized = ProblemMappers.respond(Problem.of("unauthorized", "Unauthorized", 401,
                    "a valid bearer token is required"));
            return Optional.of(Response.fromResponse(unauthorized)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"talent-atlas-admin\"").build());
        }
        return Optional.empty();
    }

    /** Compares in constant time, so response timing does not reveal how much of a guess was right. */
    private static boolean matches(String authorization, String token) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }
}
