package io.talentatlas.ingest.messaging;

/** The broker did not acknowledge a record in time or refused it: the article was not handed over. */
public class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
