package io.talentatlas.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.talentatlas.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 2's walking skeleton, end to end: articles posted to the gateway travel through ingest-service, the real
 * broker, metrics-service and the real database, and their facts are read back from the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {

    /** metrics-service's consumer group (mp.messaging.incoming.articles-in.group.id). */
    private static final String CONSUMER_GROUP = "metrics-service";
    private static final Duration DELIVERY = Duration.ofMinutes(2);

    private static Pipeline pipeline;
    private static AtlasApi api;

    @BeforeAll
    static void startEverything() {
        pipeline = Pipeline.start();
        api = new AtlasApi(pipeline.gatewayUrl());
    }

    @AfterAll
    static void stopEverything() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void anArticlePostedToTheGatewayIsReadBackWithItsFacts() {
        JsonPath receipt = api.post(Articles.samples().get(0));
        String id = receipt.getString("id");
        String region = receipt.getString("homeRegion");
        assertNotNull(region, "the sample names its city; the receipt must carry its home region");

        JsonPath article = await("article " + id + " stored").atMost(DELIVERY)
                .until(() -> api.article(id), Optional::isPresent).orElseThrow();
        List<String> evidence = article.getList("facts.evidence", String.class);
        assertFalse(evidence.isEmpty(), "the stored article has no facts");
        String body = article.getString("body");
        evidence.forEach(sentence -> assertFalse(body.indexOf(sentence) < 0, "evidence not in body: " + sentence));

        await("region " + region + " listed with the article").atMost(DELIVERY)
                .until(() -> api.regionCodes().contains(region) && api.regionArticleIds(region).contains(id));
    }

    @Test
    @Order(2)
    void aDocumentThatIsNotAnArticleIsRefusedWithIngestsProblem() {
        Response answer = api.postRaw("text/plain", new byte[0]);
        assertEquals(422, answer.statusCode());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("https://talent-atlas.io/problems/empty", answer.jsonPath().getString("type"));
    }

    @Test
    @Order(3)
    void aMultipartBatchPassesThroughTheGatewayUnchanged() {
        List<String> samples = Articles.samples();
        JsonPath items = api.postFiles(samples.get(2), samples.get(3));
        assertEquals(List.of(202, 202), items.getList("status", Integer.class));
        assertEquals(List.of("article-0.txt", "article-1.txt"), items.getList("name", String.class));
    }

    @Test
    @Order(4)
    void theSameArticleSentTwiceIsStoredOnce() throws Exception {
        String sample = Articles.samples().get(1);
        String id = api.post(sample).getString("id");
        JsonPath first = await().atMost(DELIVERY).until(() -> api.article(id), Optional::isPresent).orElseThrow();

        assertEquals(id, api.post(sample).getString("id"));
        awaitAllConsumed();

        JsonPath after = api.article(id).orElseThrow();
        assertEquals(first.getList("facts").size(), after.getList("facts").size());
        assertEquals(first.getString("extractorVersion"), after.getString("extractorVersion"));
    }

    @Test
    @Order(5)
    void aRepostIsLinkedToTheStoredFirstCopyAndARepeatIsToldApart() {
        String sample = Articles.samples().get(4);
        String firstId = api.post(sample).getString("id");
        await("article " + firstId + " stored").atMost(DELIVERY)
                .until(() -> api.article(firstId), Optional::isPresent);

        JsonPath receipt = api.post(Articles.repost(sample));
        String repostId = receipt.getString("id");
        assertNotEquals(firstId, repostId, "a repost has its own body, so its own id");
        assertEquals(firstId, receipt.getString("duplicateOf"));
        assertFalse(receipt.getBoolean("alreadyStored"));
        JsonPath stored = await("repost " + repostId + " stored").atMost(DELIVERY)
                .until(() -> api.article(repostId), Optional::isPresent).orElseThrow();
        assertEquals(firstId, stored.getString("duplicateOf"), "the gateway shows the link");

        JsonPath again = api.post(sample);
        assertEquals(firstId, again.getString("id"));
        assertTrue(again.getBoolean("alreadyStored"));
        assertNull(again.get("duplicateOf"), "the first copy is never linked to itself");
        JsonPath repostAgain = api.post(Articles.repost(sample));
        assertTrue(repostAgain.getBoolean("alreadyStored"));
        assertEquals(firstId, repostAgain.getString("duplicateOf"));
        assertNull(api.article(firstId).orElseThrow().get("duplicateOf"));
    }

    @Test
    @Order(6)
    void everyAcknowledgedArticleIsStoredAcrossADatabaseOutage() {
        assumeTrue(pipeline.postgres().embedded(), "an external PostgreSQL is not stopped by tests");
        List<String> articles = Articles.variants(20);
        List<String> ids = new ArrayList<>();
        try {
            articles.subList(0, 10).forEach(article -> ids.add(api.post(article).getString("id")));
            double retriesBefore = outageRetries();
            pipeline.postgres().stop();
            articles.subList(10, 20).forEach(article -> ids.add(api.post(article).getString("id")));
            await("metrics-service meets the outage").atMost(DELIVERY)
                    .until(() -> outageRetries() > retriesBefore);
        } finally {
            pipeline.postgres().restart();
        }
        assertEquals(20, new HashSet<>(ids).size(), "the variants must be 20 different articles");
        await("all 20 acknowledged articles stored").atMost(DELIVERY).pollInterval(Duration.ofSeconds(1))
                .until(() -> ids.stream().allMatch(id -> api.article(id).isPresent()));
    }

    /** metrics-service's count of store attempts repeated because the database was away. */
    private static double outageRetries() {
        String metrics = given().baseUri(pipeline.metricsUrl()).get("/q/metrics").asString();
        return metrics.lines().filter(line -> line.startsWith("atlas_consumer_outage_retries_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void awaitAllConsumed() {
        ConsumerProgress progress = new ConsumerProgress(pipeline.kafkaBootstrapServers(), CONSUMER_GROUP,
                Topics.ARTICLES_PARSED);
        await("metrics-service consumed every record").atMost(DELIVERY).until(progress::caughtUp);
    }
}
