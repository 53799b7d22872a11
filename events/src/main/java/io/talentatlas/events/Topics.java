package io.talentatlas.events;

/** Kafka topic names shared by producer, consumer and the deployment descriptors. */
public final class Topics {

    /** Parsed articles, keyed by article id. */
    public static final String ARTICLES_PARSED = "articles.parsed";

    /** Records of {@link #ARTICLES_PARSED} that could not be read; the reason travels in a header. */
    public static final String ARTICLES_PARSED_DLQ = "articles.parsed.dlq";

    private Topics() {
    }
}
