package io.talentatlas.gateway.client;

/** metrics-service could not answer (down, too slow, circuit open, 5xx) and no earlier answer can stand in. */
public class MetricsUnavailableException extends RuntimeException {

    public MetricsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
