package io.talentatlas.gateway.service;

/**
 * An answer of ingest-service, read in full so that it can be passed on after the connection is released.
 *
 * @param status      HTTP status
 * @param contentType the media type of the body, or null
 * @param body        the body as sent
 */
public record IngestReply(int status, String contentType, byte[] body) {
}
