package io.talentatlas.ingest.service;

import io.talentatlas.analysis.parse.ArticleParser;
import io.talentatlas.analysis.parse.ParseException;
import io.talentatlas.analysis.parse.ParseOptions;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.ingest.config.IngestConfig;
import io.talentatlas.ingest.messaging.Acks;
import io.talentatlas.ingest.messaging.ArticlePublisher;
import io.talentatlas.ingest.messaging.PublishException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Turns raw documents into published articles: parse, link a repost to the first copy of its story
 * ({@link DuplicateLinker}), publish, wait for the broker's acknowledgement.
 *
 * <p>An article is reported accepted only after the broker acknowledged its record; anything else is reported as
 * refused (the document is not an article) or unpublished (the broker is unavailable; the client may retry).
 */
@ApplicationScoped
public class IngestService {

    private final ArticleParser parser;
    private final DuplicateLinker linker;
    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final IngestConfig config;

    public IngestService(ArticleParser parser, DuplicateLinker linker, ArticlePublisher publisher,
                         IngestMetrics metrics, IngestConfig config) {
        this.parser = parser;
        this.linker = linker;
        this.publisher = publisher;
        this.metrics = metrics;
        this.config = config;
    }

    /**
     * Ingests one document.
     *
     * @throws ParseException   when the document is not an acceptable article
     * @throws PublishException when the broker did not acknowledge the article
     */
    public IngestReceipt ingest(Document document) {
        LinkedArticle article = linker.link(parse(document), new RequestCopies());
        try {
            publisher.publish(article.article());
        } catch (PublishException e) {
            metrics.rejected(IngestMetrics.UNAVAILABLE);
            throw e;
        }
        metrics.published();
        return IngestReceipt.of(article);
    }

    /**
     * Ingests several documents; the articles are published together and each one's fate is reported. A later
     * copy of a story in the batch is linked to the first one.
     */
    public List<IngestOutcome> ingestAll(List<Document> documents) {
        RequestCopies earlier = new RequestCopies();
        List<CompletableFuture<IngestOutcome>> pending = new ArrayList<>(documents.size());
        for (Document document : documents) {
            pending.add(startIngest(document, earlier));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<IngestOutcome> startIngest(Document document, RequestCopies earlier) {
        LinkedArticle article;
        try {
            article = linker.link(parse(document), earlier);
        } catch (ParseException e) {
            return CompletableFuture.completedFuture(IngestOutcome.refused(document.sourceName(), e));
        }
        return publisher.send(article.article()).handle((ignored, failure) -> settle(document, article, failure));
    }

    private IngestOutcome settle(Document document, LinkedArticle article, Throwable failure) {
        if (failure == null) {
            metrics.published();
            return IngestOutcome.accepted(document.sourceName(), IngestReceipt.of(article));
        }
        metrics.rejected(IngestMetrics.UNAVAILABLE);
        return IngestOutcome.unpublished(document.sourceName(), Acks.asPublishException(failure));
    }

    private ArticleParsed parse(Document document) {
        metrics.ingested();
        try {
            return parser.parse(document.content(), options(document));
        } catch (ParseException e) {
            metrics.rejected(e.type());
            throw e;
        }
    }

    private ParseOptions options(Document document) {
        return new ParseOptions(document.sourceName(), document.url(), config.maxArticleBytes());
    }
}
