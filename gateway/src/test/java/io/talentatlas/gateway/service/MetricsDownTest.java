package io.talentatlas.gateway.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The gateway with metrics-service unreachable (the test profile points the client at a closed port): a request
 * with an earlier good answer gets it back marked stale; one without gets a 503 problem, never an empty answer.
 */
@QuarkusTest
class MetricsDownTest {

    @Inject
    ViewCache cache;

    @Inject
    ObjectMapper mapper;

    @Test
    void withoutAnEarlierAnswerTheGatewaySays503() {
        given().when().get("/api/v1/regions/230100")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://talent-atlas.io/problems/metrics-unavailable"))
                .body("status", equalTo(503));
    }

    @Test
    void theLastGoodAnswerIsServedMarkedStaleAndIsNeverCachedByClients() throws Exception {
        cache.put(ViewService.key("region", "230600"), mapper.readTree(
                "{\"region\":{\"code\":\"230600\",\"name\":\"大庆市\"},\"headline\":[{\"value\":52000}]}"));

        String etag = given().when().get("/api/v1/regions/230600")
                .then().statusCode(200).contentType("application/json")
                .body("stale", equalTo(true))
                .body("asOf", notNullValue())
                .body("region.name", equalTo("大庆市"))
                .body("headline[0].value", equalTo(52000))
                .header("Cache-Control", "no-cache")
                .header("ETag", endsWith("-stale\""))
                .extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/api/v1/regions/230600")
                .then().statusCode(304);
    }

    @Test
    void aNameRedirectsToTheCodeItResolvesTo() throws Exception {
        cache.put(ViewService.key("lookup", "鹤城"), mapper.readTree(
                "{\"query\":\"鹤城\",\"region\":{\"code\":\"230200\",\"name\":\"齐齐哈尔市\"}}"));

        given().redirects().follow(false).when().get("/api/v1/regions/鹤城")
                .then().statusCode(307)
                .header("Location", endsWith("/api/v1/regions/230200"));
        given().redirects().follow(false).queryParam("size", 5).when().get("/api/v1/regions/鹤城/metrics/talent.stock")
                .then().statusCode(307)
                .header("Location", endsWith("/api/v1/regions/230200/metrics/talent.stock?size=5"));
    }

    @Test
    void anExtractPreviewWhileMetricsIsDownIs503() {
        given().contentType("text/plain").body("大庆市近三年引进人才5.2万人。")
                .when().post("/api/v1/extract")
                .then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void aNameThatCannotBeResolvedWhileMetricsIsDownIs503() {
        given().redirects().follow(false).when().get("/api/v1/regions/百湖之城")
                .then().statusCode(503).contentType("application/problem+json");
        RestAssured.reset();
    }
}
