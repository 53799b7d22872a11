package io.talentatlas.metrics.messaging;

import io.smallrye.common.annotation.Blocking;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.metrics.service.ArticleStore;
import io.talentatlas.metrics.service.Extraction;
import io.talentatlas.metrics.service.FactExtraction;
import io.talentatlas.metrics.service.StoreOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes {@code articles.parsed}: reads each record, extracts the article's facts and stores article and facts.
 *
 * <p>Three outcomes per record. Stored (or already stored: the store is idempotent by article id) → acknowledged,
 * the offset is committed. Unreadable, or failing for a reason of its own → nacked, which the channel's
 * {@code dead-letter-queue} strategy turns into a record on {@code articles.parsed.dlq} with the reason in its
 * {@code dead-letter-reason} header; consumption goes on. Database away → neither: {@link OutageRetry} waits until
 * it is back, because a healthy article must never be dead-lettered for the database's sake.
 *
 * <p>Not {@code @Transactional}: each store attempt is its own transaction inside {@link ArticleStore}, so that a
 * retry after an outage starts from a clean one.
 */
@ApplicationScoped
public class ArticleConsumer {

    /** The incoming channel, bound to {@code articles.parsed} in {@code application.properties}. */
    public static final String CHANNEL = "articles-in";

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private final ArticleRecordReader reader;
    private final FactExtraction extraction;
    private final ArticleStore store;
    private final OutageRetry retry;
    private final ConsumerMetrics metrics;

    public ArticleConsumer(ArticleRecordReader reader, FactExtraction extraction, ArticleStore store,
                           OutageRetry retry, ConsumerMetrics metrics) {
        this.reader = reader;
        this.extraction = extraction;
        this.store = store;
        this.retry = retry;
        this.metrics = metrics;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> record) {
        ArticleParsed article;
        try {
            article = reader.read(record.getPayload());
        } catch (UnreadableRecordException e) {
            return deadLetter(record, ConsumerMetrics.UNREADABLE, e);
        }
        try {
            Extraction facts = extraction.extract(article);
            StoreOutcome outcome = retry.run(article.id(), () -> store.store(article, facts));
            metrics.consumed(outcome);
            return record.ack();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Shutting down while the database is away: leave the record uncommitted so it is delivered again.
            LOG.infof("shutdown while waiting for the database; article %s will be redelivered", article.id());
            return new CompletableFuture<>();
        } catch (RuntimeException e) {
            return deadLetter(record, ConsumerMetrics.FAILED, e);
        }
    }

    private CompletionStage<Void> deadLetter(Message<String> record, String reason, Exception cause) {
        LOG.warnf("dead-lettering a record of %s (%s): %s", CHANNEL, reason, cause.getMessage());
        metrics.deadLettered(reason);
        return record.nack(cause);
    }
}
