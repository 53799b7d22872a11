package io.talentatlas.metrics.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.metrics.service.FactExtraction;
import io.talentatlas.metrics.service.TestArticles;
import io.talentatlas.testsupport.InjectKafka;
import io.talentatlas.testsupport.InjectPostgres;
import io.talentatlas.testsupport.KafkaBroker;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresServer;
import io.talentatlas.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumer against the real broker and the real database: dead letters, redeliveries, a database outage. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleConsumerTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String BODY = "深圳市今年以来引进各类人才5.2万人，其中博士1200余人。";

    @InjectKafka
    KafkaBroker kafka;

    @InjectPostgres
    PostgresServer postgres;

    @Inject
    FactExtraction extraction;

    @Inject
    MeterRegistry registry;

    private Records records;

    @BeforeEach
    void connect() {
        records = new Records(kafka.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        records.close();
    }

    @Test
    void aRecordThatIsNotJsonIsDeadLetteredAndTheNextRecordIsStillStored() throws Exception {
        ArticleParsed next = TestArticles.article("440300", "2024-05-01T10:00:00+08:00", BODY);
        records.send("garbage-1", "this is <not> JSON");
        records.send(next);

        awaitStored(next.id());
        ConsumerRecord<String, String> dead = awaitDeadLetter("garbage-1");
        assertEquals("this is <not> JSON", dead.value());
        assertTrue(Records.header(dead, "dead-letter-reason").startsWith("not JSON"),
                Records.header(dead, "dead-letter-reason"));
    }

    @Test
    void aRecordOfAnUnknownSchemaVersionIsDeadLettered() throws Exception {
        records.send("future-1", "{\"schemaVersion\": 99, \"id\": \"future-1\", \"body\": \"x\"}");
        ConsumerRecord<String, String> dead = awaitDeadLetter("future-1");
        assertTrue(Records.header(dead, "dead-letter-reason").contains("schemaVersion 99"));
    }

    @Test
    void theSameArticleDeliveredTwiceIsStoredOnce() throws Exception {
        ArticleParsed article = TestArticles.article("440300", "2024-06-01T10:00:00+08:00", BODY);
        ArticleParsed marker = TestArticles.article("440300", "2024-06-02T10:00:00+08:00", BODY);
        records.send(article);
        records.send(article);
        records.send(marker);

        awaitStored(marker.id());
        int expectedFacts = extraction.extract(article).facts().size();
        assertTrue(expectedFacts > 0, "the test body must yield facts for this test to mean anything");
        List<Object> facts = given().get("/internal/articles/{id}", article.id()).then().statusCode(200)
                .extract().jsonPath().getList("facts");
        assertEquals(expectedFacts, facts.size());
        assertFalse(records.deadLetters().stream().anyMatch(dead -> article.id().equals(dead.key())));
    }

    @Test
    void anArticleArrivingWhileTheDatabaseIsDownIsStoredOnceItIsBack() throws Exception {
        ArticleParsed article = TestArticles.article("440300", "2024-07-01T10:00:00+08:00", BODY);
        double retriesBefore = outageRetries();
        postgres.stop();
        try {
            records.send(article);
            await("the consumer meets the outage").atMost(DELIVERY).until(() -> outageRetries() > retriesBefore);
        } finally {
            postgres.restart();
        }
        awaitStored(article.id());
        assertFalse(records.deadLetters().stream().anyMatch(dead -> article.id().equals(dead.key())),
                "an article must not be dead-lettered because the database was away");
    }

    private double outageRetries() {
        return registry.counter("atlas.consumer.outage-retries").count();
    }

    private void awaitStored(String id) {
        await("article " + id + " stored").atMost(DELIVERY)
                .until(() -> given().get("/internal/articles/{id}", id).statusCode() == 200);
    }

    private ConsumerRecord<String, String> awaitDeadLetter(String key) {
        return await("dead letter " + key).atMost(DELIVERY).pollInSameThread()
                .until(() -> records.deadLetters().stream().filter(r -> key.equals(r.key())).findFirst().orElse(null),
                        record -> record != null);
    }
}
