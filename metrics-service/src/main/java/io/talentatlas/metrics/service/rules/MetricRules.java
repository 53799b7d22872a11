package io.talentatlas.metrics.service.rules;

import io.talentatlas.analysis.facts.Metric;
import io.talentatlas.analysis.facts.MetricKind;
import java.util.Optional;

/** What the catalogue says about a metric key: whether views show it and how its values combine. */
public final class MetricRules {

    private MetricRules() {
    }

    /** The catalogue kind of a key; empty for {@code other} and unknown keys, which views leave out. */
    public static Optional<MetricKind> kind(String metricKey) {
        return Metric.ofKey(metricKey).map(Metric::kind);
    }

    /** True for policy offers ({@code incentive.*}), which are caps, never summed. */
    public static boolean isOffer(String metricKey) {
        return kind(metricKey).filter(MetricKind.OFFER::equals).isPresent();
    }

    /** True for catalogue metrics; {@code other} facts are stored but stay out of the views. */
    public static boolean inCatalogue(String metricKey) {
        return kind(metricKey).isPresent();
    }
}
