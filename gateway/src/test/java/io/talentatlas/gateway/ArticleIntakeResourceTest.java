package io.talentatlas.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * With ingest-service unreachable (the test profile points the client at a closed port) the gateway answers
 * 503 problem+json, never a silent success or a bare 500.
 * Forwarding to a running ingest-service (status and body passed through) is checked end to end in {@code e2e}.
 */
@QuarkusTest
class ArticleIntakeResourceTest {

    @Test
    void anArticleIsRefusedWith503WhenIngestCannotBeReached() {
        given().contentType("text/plain").body("深圳市引进人才5万人。".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/ingest-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("not accepted"));
    }

    @Test
    void aBatchIsRefusedWith503WhenIngestCannotBeReached() {
        given().contentType("application/x-ndjson").body("{\"content\":\"x\"}".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/ingest-unavailable"));
    }
}
