package io.talentatlas.metrics.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.talentatlas.metrics.repository.ArticleRepository;
import io.talentatlas.metrics.repository.FactRepository;
import io.talentatlas.metrics.service.FactExtraction;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class AdminResourceTest {

    private static final String TOKEN = "Bearer test-admin-token";

    @Inject
    ViewFixture fixture;

    @Inject
    ArticleRepository articles;

    @Inject
    FactRepository facts;

    @Inject
    FactExtraction extraction;

    @Test
    void reprocessingReExtractsEveryStoredArticleWithTheCurrentExtractor() {
        List<String> ids = fixture.load();

        String job = given().header("Authorization", TOKEN).when().post("/admin/reprocess")
                .then().statusCode(202)
                .header("Location", containsString("/admin/reprocess/"))
                .body("state", equalTo("running")).body("total", equalTo(ids.size()))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TOKEN)
                .when().get("/admin/reprocess/" + job)
                .then().statusCode(200).body("state", equalTo("done"))
                .body("processed", equalTo(ids.size())).body("replaced", equalTo(ids.size())));
        assertTrue(versionsOf(ids).stream().allMatch(extraction.version()::equals));
    }

    @Test
    void aSecondRunLeavesCurrentArticlesAlone() {
        List<String> ids = fixture.load();
        String first = given().header("Authorization", TOKEN).post("/admin/reprocess").then().extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "done".equals(given().header("Authorization", TOKEN)
                .get("/admin/reprocess/" + first).then().extract().path("state")));
        long factsAfterFirst = countFacts();

        String second = given().header("Authorization", TOKEN).post("/admin/reprocess").then().extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TOKEN)
                .get("/admin/reprocess/" + second).then().body("state", equalTo("done"))
                .body("replaced", equalTo(0)).body("processed", equalTo(ids.size())));
        assertEquals(factsAfterFirst, countFacts());
    }

    @Test
    void requiresTheBearerToken() {
        given().when().post("/admin/reprocess")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong").when().post("/admin/reprocess").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").when().get("/admin/reprocess/x").then().statusCode(401);
        given().header("Authorization", TOKEN).when().get("/admin/reprocess/no-such-job")
                .then().statusCode(404).body("type", equalTo("https://talent-atlas.io/problems/unknown-job"));
    }

    @Transactional
    List<String> versionsOf(List<String> ids) {
        return ids.stream().map(id -> articles.findById(id).extractorVersion).toList();
    }

    @Transactional
    long countFacts() {
        return facts.count();
    }
}
