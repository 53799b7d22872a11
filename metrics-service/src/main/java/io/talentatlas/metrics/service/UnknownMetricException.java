package io.talentatlas.metrics.service;

import java.util.List;

/** A request named a metric that is not in the catalogue; carries the valid keys for the error detail. */
public class UnknownMetricException extends RuntimeException {

    private final List<String> validMetrics;

    public UnknownMetricException(String metric, List<String> validMetrics) {
        super("unknown metric '" + metric + "'; valid metrics: " + String.join(", ", validMetrics));
        this.validMetrics = List.copyOf(validMetrics);
    }

    /** The catalogue keys. */
    public List<String> validMetrics() {
        return validMetrics;
    }
}
