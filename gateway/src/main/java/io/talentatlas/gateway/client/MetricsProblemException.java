package io.talentatlas.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * metrics-service answered, and said the request was wrong (unknown region, unknown metric, bad parameter). Not a
 * failure of metrics-service: it is neither retried nor counted by the circuit breaker, and it is relayed as is.
 */
public class MetricsProblemException extends RuntimeException {

    private final int status;
    private final transient JsonNode problem;

    public MetricsProblemException(int status, JsonNode problem) {
        super("metrics-service answered " + status);
        this.status = status;
        this.problem = problem;
    }

    /** The HTTP status metrics-service gave. */
    public int status() {
        return status;
    }

    /** The problem details metrics-service gave, or null when its body was not JSON. */
    public JsonNode problem() {
        return problem;
    }
}
