package io.talentatlas.analysis.facts;

/** How a metric's values may be combined in views (the aggregation rules of facts.md). */
public enum MetricKind {
    /** Counted over a period; summed only over disjoint periods and regions. */
    FLOW,
    /** A level at a date; never summed. */
    STOCK,
    /** A per-person policy offer; compared as a cap, never summed. */
    OFFER
}
