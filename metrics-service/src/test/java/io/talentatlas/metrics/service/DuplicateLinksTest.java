package io.talentatlas.metrics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.metrics.repository.ArticleRepository;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** metrics-service links an article it stores to the first stored copy of its story, and never to itself. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DuplicateLinksTest {

    private static final Extraction NO_FACTS = new Extraction("1.0.0", List.of());
    private static final Random RANDOM = new Random();

    @Inject
    ArticleStore store;

    @Inject
    ArticleRepository articles;

    @Test
    void aRepostArrivingUnlinkedIsLinkedToTheFirstStoredCopy() {
        String story = story();
        ArticleParsed first = article(story);
        ArticleParsed repost = article(story + "(本文转载自其他网站)");
        store.store(first, NO_FACTS);
        store.store(repost, NO_FACTS);

        assertNull(linkOf(first.id()));
        assertEquals(first.id(), linkOf(repost.id()));
    }

    @Test
    void linksPointAtTheFirstCopyNeverAlongAChainNorAtTheArticleItself() {
        String story = story();
        ArticleParsed original = article(story);
        ArticleParsed linkedRepost = article(story + "(转载一)").withDuplicateOf(original.id());
        ArticleParsed laterRepost = article(story + "(转载二)");
        // ingest linked a repost to its original within one batch; the consumer stored the repost first.
        store.store(linkedRepost, NO_FACTS);
        store.store(laterRepost, NO_FACTS);
        store.store(original, NO_FACTS);

        assertEquals(original.id(), linkOf(laterRepost.id()), "the first copy, not the repost found first");
        assertNull(linkOf(original.id()), "the original finds its repost, whose first copy is the original itself");
    }

    @Test
    void aRecordLinkedToItselfIsStoredUnlinked() {
        ArticleParsed article = article(story());
        store.store(article.withDuplicateOf(article.id()), NO_FACTS);

        assertNull(linkOf(article.id()));
    }

    @Test
    void theLinkOnceStoredIsKeptWhenANewerExtractorRewritesTheArticle() {
        String story = story();
        ArticleParsed first = article(story);
        ArticleParsed repost = article(story + "(本文转载自其他网站)");
        store.store(first, NO_FACTS);
        store.store(repost, NO_FACTS);

        store.store(repost, new Extraction("1.1.0", List.of()));

        assertEquals(first.id(), linkOf(repost.id()));
    }

    /** A body of 300 random common hanzi: a story no other test stores, about 32 bits from any other. */
    static String story() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append((char) (0x4E00 + RANDOM.nextInt(3000)));
        }
        return text.toString();
    }

    private static ArticleParsed article(String body) {
        return TestArticles.article("230600", "2023-01-05T10:00:00+08:00", body);
    }

    @Transactional
    String linkOf(String articleId) {
        return articles.findById(articleId).duplicateOf;
    }
}
