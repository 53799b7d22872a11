package io.talentatlas.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentatlas.gateway.config.ViewCacheConfig;
import io.talentatlas.gateway.service.Answer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a view: the answer's JSON with {@code stale} and {@code asOf} added, an {@code ETag} over the bytes sent,
 * {@code 304 Not Modified} when the client already has them, and {@code Cache-Control} that lets clients keep a
 * fresh answer briefly and never keep a stale one.
 */
@ApplicationScoped
public class ViewResponses {

    private final ObjectMapper mapper;
    private final CacheControl fresh;
    private final CacheControl stale;

    public ViewResponses(ObjectMapper mapper, ViewCacheConfig config) {
        this.mapper = mapper;
        this.fresh = new CacheControl();
        this.fresh.setMaxAge((int) config.clientMaxAge().toSeconds());
        this.fresh.setNoTransform(false);
        this.stale = new CacheControl();
        this.stale.setNoCache(true);
        this.stale.setNoTransform(false);
    }

    /** The response for {@code answer}, or 304 when {@code request} already holds the same bytes. */
    public Response of(Answer answer, Request request) {
        Rendered rendered = answer.representation(Rendered.class, this::render);
        CacheControl caching = answer.stale() ? stale : fresh;
        Response.ResponseBuilder notModified = request.evaluatePreconditions(rendered.tag());
        if (notModified != null) {
            return notModified.tag(rendered.tag()).cacheControl(caching).build();
        }
        return Response.ok(rendered.body(), MediaType.APPLICATION_JSON_TYPE).tag(rendered.tag())
                .cacheControl(caching).build();
    }

    private Rendered render(Answer answer) {
        // The tag covers the figures and the stale flag, not asOf: a refetch of unchanged figures keeps its tag.
        EntityTag tag = new EntityTag(digest(json(answer.body())) + (answer.stale() ? "-stale" : ""));
        return new Rendered(bytes(answer), tag);
    }

    /** An answer as sent: the body bytes and their entity tag. */
    private record Rendered(byte[] body, EntityTag tag) {
    }

    private byte[] bytes(Answer answer) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("stale", answer.stale());
        envelope.put("asOf", answer.fetchedAt().toString());
        if (answer.body().isObject()) {
            envelope.setAll((ObjectNode) answer.body());
        } else {
            envelope.set("items", answer.body());
        }
        return json(envelope);
    }

    private byte[] json(Object tree) {
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
