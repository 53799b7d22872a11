package io.talentatlas.metrics.messaging;

/**
 * A record of {@code articles.parsed} that cannot be read as an {@code ArticleParsed} this service understands. Its
 * message is the reason the dead-letter record carries in its {@code dead-letter-reason} header.
 */
public class UnreadableRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
