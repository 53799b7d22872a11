package io.talentatlas.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.testsupport.InjectKafka;
import io.talentatlas.testsupport.KafkaBroker;
import io.talentatlas.testsupport.KafkaTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reposts are linked to the first copy of their story. No metrics-service runs beside these tests (the client points
 * at a closed port, see application.properties), so they show the two things intake does on its own: linking within
 * one request, and accepting every article unlinked when metrics-service cannot be asked. The link to a copy stored
 * earlier is covered end to end by the e2e module.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class NearDuplicateLinkingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafka
    KafkaBroker kafka;

    private TopicReader topic;

    @BeforeEach
    void subscribe() {
        topic = new TopicReader(kafka.bootstrapServers());
    }

    @AfterEach
    void unsubscribe() {
        topic.close();
    }

    @Test
    void aRepostLaterInABatchIsLinkedToTheFirstCopyOnTheTopicToo() throws JsonProcessingException {
        String original = Samples.first();
        String other = Samples.text(Samples.files().get(1));
        JsonPath items = given().contentType("application/x-ndjson")
                .body(ndjson(original, Samples.repost(original), other, original))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(207)
                .extract().jsonPath();
        assertEquals(List.of(202, 202, 202, 202), items.getList("status", Integer.class));
        String first = items.getString("[0].id");
        String repost = items.getString("[1].id");
        assertNotEquals(first, repost, "the repost has another body, so another id");

        assertNull(items.get("[0].duplicateOf"));
        assertEquals(first, items.getString("[1].duplicateOf"));
        assertNull(items.get("[2].duplicateOf"), "another story is not a repost");
        assertEquals(first, items.getString("[3].id"));
        assertNull(items.get("[3].duplicateOf"), "the same article again is never linked to itself");
        assertEquals(first, TopicReader.article(awaitRecord(repost)).duplicateOf());
    }

    @Test
    void withMetricsServiceUnreachableAnArticleIsStillAcceptedAndPublishedUnlinked() {
        String original = Samples.text(Samples.files().get(2));
        given().contentType("text/plain; charset=UTF-8").body(original.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles").then().statusCode(202);

        JsonPath receipt = given().contentType("text/plain; charset=UTF-8")
                .body(Samples.repost(original).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles")
                .then().statusCode(202)
                .extract().jsonPath();
        assertNull(receipt.get("duplicateOf"), "no copy is known when the store cannot be asked");
        assertFalse(receipt.getBoolean("alreadyStored"));
        ArticleParsed published = TopicReader.article(awaitRecord(receipt.getString("id")));
        assertNull(published.duplicateOf());
    }

    private static byte[] ndjson(String... contents) throws JsonProcessingException {
        StringBuilder lines = new StringBuilder();
        for (String content : contents) {
            lines.append(JSON.writeValueAsString(Map.of("content", content))).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ConsumerRecord<String, String> awaitRecord(String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> topic.poll(id).orElse(null), record -> record != null);
    }
}
