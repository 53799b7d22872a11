package io.talentatlas.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.testsupport.InjectKafka;
import io.talentatlas.testsupport.KafkaBroker;
import io.talentatlas.testsupport.KafkaTestResource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ArticleResourceTest {

    private static final String ARTICLES = "/api/v1/articles";

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
    void eachSampleIsAcceptedAndItsRecordIsOnTheTopicKeyedById() {
        for (Path sample : Samples.files()) {
            ExtractableResponse<Response> receipt = given().contentType("text/plain; charset=UTF-8")
                    .body(Samples.bytes(sample))
                    .when().post(ARTICLES)
                    .then().statusCode(202)
                    .body("id", matchesPattern("[0-9a-f]{64}"))
                    .extract();
            String id = receipt.path("id");
            ArticleParsed article = TopicReader.article(awaitRecord(id));
            assertEquals(id, article.id());
            assertEquals(ArticleParsed.SCHEMA_VERSION, article.schemaVersion());
            assertEquals(article.title(), receipt.path("title"));
            assertEquals(article.homeRegion(), receipt.path("homeRegion"));
            assertFalse(article.body().isBlank(), sample + " published without a body");
        }
    }

    @Test
    void aJsonSubmissionKeepsItsUrl() {
        String id = given().contentType("application/json")
                .body(Map.of("content", Samples.first(), "url", "https://example.org/a/1"))
                .when().post(ARTICLES)
                .then().statusCode(202)
                .extract().path("id");
        assertEquals("https://example.org/a/1", TopicReader.article(awaitRecord(id)).url());
    }

    @Test
    void anEmptyDocumentIsRefusedAsAProblem() {
        given().contentType("text/plain").body(new byte[0])
                .when().post(ARTICLES)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/empty"))
                .body("status", equalTo(422));
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedWith413() {
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        given().contentType("text/plain").body(huge)
                .when().post(ARTICLES)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/too-large"));
    }

    @Test
    void binaryDataIsRefusedWith415() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0};
        given().contentType("text/plain").body(png)
                .when().post(ARTICLES)
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void anUnsupportedMediaTypeIsAProblemToo() {
        given().contentType("application/octet-stream").body(new byte[] {1, 2, 3})
                .when().post(ARTICLES)
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/unsupported-media-type"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType("application/json").body("{\"content\": ")
                .when().post(ARTICLES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/invalid-json"));
    }

    @Test
    void jsonOfTheWrongShapeIsA400Problem() {
        for (String body : new String[] {"[]", "\"just a string\"", "42"}) {
            given().contentType("application/json").body(body)
                    .when().post(ARTICLES)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://talent-atlas.io/problems/invalid-json"));
        }
    }

    @Test
    void jsonWhoseContentIsNotAStringIsA400Problem() {
        for (String content : new String[] {"5", "1.5", "true", "{\"text\": \"a\"}", "[\"a\"]"}) {
            given().contentType("application/json").body("{\"content\": " + content + "}")
                    .when().post(ARTICLES)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://talent-atlas.io/problems/invalid-json"));
        }
    }

    @Test
    void aUtf16DocumentWithItsByteOrderMarkIsTheSameArticleAsItsUtf8Copy() {
        byte[] utf8 = Samples.bytes(Samples.files().get(0));
        String id = given().contentType("text/plain; charset=UTF-8").body(utf8)
                .when().post(ARTICLES).then().statusCode(202).extract().path("id");
        byte[] utf16 = Samples.first().getBytes(StandardCharsets.UTF_16); // big-endian, with FE FF
        given().contentType("text/plain").body(utf16)
                .when().post(ARTICLES)
                .then().statusCode(202)
                .body("id", equalTo(id));
    }

    @Test
    void jsonWithoutContentIsA400Problem() {
        given().contentType("application/json").body("{\"url\": \"https://example.org\"}")
                .when().post(ARTICLES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("content"));
    }

    @Test
    void theCountersTellPublishedFromRejected() {
        given().contentType("text/plain").body(new byte[0]).post(ARTICLES);
        given().contentType("text/plain").body(Samples.bytes(Samples.files().get(1))).post(ARTICLES);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("atlas_articles_ingested_total"))
                .body(containsString("atlas_articles_published_total"))
                .body(containsString("atlas_articles_rejected_total{reason=\"empty\""));
    }

    private ConsumerRecord<String, String> awaitRecord(String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> topic.poll(id).orElse(null), record -> record != null);
    }
}
