package io.talentatlas.metrics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.talentatlas.analysis.facts.Fact;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.metrics.repository.ArticleEntity;
import io.talentatlas.metrics.repository.ArticleRepository;
import io.talentatlas.metrics.repository.FactEntity;
import io.talentatlas.metrics.repository.FactRepository;
import io.talentatlas.metrics.service.StoreOutcome.Status;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleStoreTest {

    private static final String BODY = "近三年引进人才5.2万人,人才总量达到49.7万人。";

    @Inject
    ArticleStore store;

    @Inject
    ArticleRepository articles;

    @Inject
    FactRepository facts;

    @Test
    void storesANewArticleWithItsFacts() {
        ArticleParsed article = TestArticles.article("230600", "2023-01-05T10:00:00+08:00", BODY);

        StoreOutcome outcome = store.store(article, extraction("1.0.0", article));

        assertEquals(Status.CREATED, outcome.status());
        assertEquals(2, outcome.factCount());
        List<FactEntity> stored = factsOf(article.id());
        assertEquals(List.of("talent.introduced", "talent.stock"), stored.stream().map(f -> f.metric).toList());
        assertEquals(0, new BigDecimal("52000").compareTo(stored.get(0).value));
        assertEquals(article.publishedAt().toInstant(), stored.get(0).publishedAt.toInstant());
        assertEquals("5.2万人", BODY.substring(stored.get(0).spanStart, stored.get(0).spanEnd));
    }

    @Test
    void anArticleNamingNoPlaceIsStoredWithoutTheFactsNoRegionHolds() {
        String body = "人才引进1000人，另有柔性引才200人。";
        ArticleParsed article = TestArticles.article(null, "2023-01-05T10:00:00+08:00", body);
        Extraction mixed = new Extraction("1.0.0", List.of(
                TestArticles.fact(null, "talent.introduced", 1000, body, "1000人"),
                TestArticles.fact("230600", "talent.introduced.flexible", 200, body, "200人")));

        StoreOutcome outcome = store.store(article, mixed);

        assertEquals(Status.CREATED, outcome.status());
        assertEquals(1, outcome.factCount());
        assertEquals(List.of("talent.introduced.flexible"), factsOf(article.id()).stream().map(f -> f.metric).toList());
    }

    @Test
    void redeliveryWithTheSameVersionChangesNothing() {
        ArticleParsed article = TestArticles.article("230600", "2023-01-05T10:00:00+08:00", BODY);
        store.store(article, extraction("1.0.0", article));
        List<Long> idsBefore = factIds(article.id());
        var updatedBefore = find(article.id()).updatedAt;

        StoreOutcome again = store.store(article, extraction("1.0.0", article));

        assertEquals(Status.UNCHANGED, again.status());
        assertEquals(idsBefore, factIds(article.id()));
        assertEquals(updatedBefore, find(article.id()).updatedAt);
    }

    @Test
    void aNewerExtractorReplacesTheFactsAndAnOlderOneDoesNot() {
        ArticleParsed article = TestArticles.article("230600", "2023-01-05T10:00:00+08:00", BODY);
        store.store(article, extraction("1.9.0", article));
        Extraction newer = new Extraction("1.10.0",
                List.of(TestArticles.fact("230600", "talent.introduced", 52000, BODY, "5.2万人")));

        assertEquals(Status.REPLACED, store.store(article, newer).status());
        assertEquals(Status.KEPT_NEWER, store.store(article, extraction("1.9.0", article)).status());

        List<FactEntity> stored = factsOf(article.id());
        assertEquals(1, stored.size());
        assertEquals("1.10.0", stored.get(0).extractorVersion);
        assertEquals("1.10.0", find(article.id()).extractorVersion);
        assertEquals(1, find(article.id()).factCount);
    }

    @Test
    void concurrentDeliveriesOfOneArticleStoreItOnce() {
        ArticleParsed article = TestArticles.article("230600", "2023-01-05T10:00:00+08:00", BODY);
        CyclicBarrier start = new CyclicBarrier(4);
        ExecutorService consumers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<StoreOutcome>> deliveries = Stream.generate(() -> CompletableFuture.supplyAsync(() -> {
            await(start);
            return store.store(article, extraction("1.0.0", article));
        }, consumers)).limit(4).toList();

        List<Status> statuses = deliveries.stream().map(CompletableFuture::join).map(StoreOutcome::status).toList();
        consumers.shutdown();

        assertEquals(1, statuses.stream().filter(Status.CREATED::equals).count());
        assertEquals(3, statuses.stream().filter(Status.UNCHANGED::equals).count());
        assertEquals(2, factIds(article.id()).size());
    }

    private static Extraction extraction(String version, ArticleParsed article) {
        List<Fact> found = List.of(
                TestArticles.fact(article.homeRegion(), "talent.introduced", 52000, article.body(), "5.2万人"),
                TestArticles.fact(article.homeRegion(), "talent.stock", 497000, article.body(), "49.7万人"));
        return new Extraction(version, found);
    }

    @Transactional
    List<FactEntity> factsOf(String articleId) {
        return facts.byArticle(articleId);
    }

    @Transactional
    List<Long> factIds(String articleId) {
        return facts.byArticle(articleId).stream().map(f -> f.id).toList();
    }

    @Transactional
    ArticleEntity find(String articleId) {
        return articles.findById(articleId);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
