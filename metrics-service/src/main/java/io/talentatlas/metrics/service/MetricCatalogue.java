package io.talentatlas.metrics.service;

import io.talentatlas.analysis.facts.Metric;
import io.talentatlas.analysis.facts.MetricKind;
import io.talentatlas.metrics.service.view.MetricInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The metric catalogue of facts.md as the API shows it, and the check that a requested metric exists. */
@ApplicationScoped
public class MetricCatalogue {

    private final List<MetricInfo> metrics = Arrays.stream(Metric.values())
            .map(metric -> new MetricInfo(metric.key(), kindKey(metric.kind()), metric.displayName()))
            .toList();

    /** Every catalogue metric, in catalogue order. */
    public List<MetricInfo> all() {
        return metrics;
    }

    /** The catalogue metric with this key, or {@link UnknownMetricException} listing the valid keys. */
    public MetricInfo require(String key) {
        return metrics.stream().filter(metric -> metric.key().equals(key)).findFirst()
                .orElseThrow(() -> new UnknownMetricException(key, keys()));
    }

    /** The catalogue keys. */
    public List<String> keys() {
        return metrics.stream().map(MetricInfo::key).toList();
    }

    static String kindKey(MetricKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
