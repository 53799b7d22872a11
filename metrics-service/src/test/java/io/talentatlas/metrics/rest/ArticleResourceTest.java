package io.talentatlas.metrics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.talentatlas.analysis.parse.Fingerprint;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleResourceTest {

    @Inject
    ViewFixture fixture;

    private List<String> ids;

    @BeforeEach
    void load() {
        ids = fixture.load();
    }

    @Test
    void searchesByRegionNewestFirst() {
        given().queryParam("region", "230200").when().get("/internal/articles")
                .then().statusCode(200)
                .body("items.id", contains(ids.get(1), ids.get(0)))
                .body("totalItems", equalTo(2));
        given().queryParam("region", "230000").when().get("/internal/articles")
                .then().statusCode(200)
                .body("totalItems", equalTo(5));
    }

    @Test
    void searchesByWordsAndDates() {
        given().queryParam("q", "稀土").when().get("/internal/articles")
                .then().statusCode(200).body("items.id", contains(ids.get(3)));
        given().queryParam("from", "2023-01-01").queryParam("to", "2023-01-31").when().get("/internal/articles")
                .then().statusCode(200).body("items.id", contains(ids.get(3)));
        given().queryParam("to", "2022-01-04").when().get("/internal/articles")
                .then().statusCode(200).body("items.id", contains(ids.get(0)));
    }

    @Test
    void pagesSearchResults() {
        given().queryParam("size", 4).queryParam("page", 1).when().get("/internal/articles")
                .then().statusCode(200)
                .body("items.size()", equalTo(2)).body("totalItems", equalTo(6)).body("totalPages", equalTo(2));
    }

    @Test
    void refusesBadSearchParameters() {
        given().queryParam("from", "yesterday").when().get("/internal/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("from"));
        given().queryParam("region", "23").when().get("/internal/articles").then().statusCode(400);
        given().queryParam("page", -1).when().get("/internal/articles").then().statusCode(400);
    }

    @Test
    void showsAnArticleWithFactsWhoseSpansPointIntoTheBody() {
        JsonPath article = given().when().get("/internal/articles/" + ids.get(2))
                .then().statusCode(200)
                .body("homeRegion", equalTo("231200"))
                .body("extractorVersion", equalTo("1.0.0"))
                .body("facts.value", contains(4000, 800, 150000))
                .extract().jsonPath();
        String body = article.getString("body");
        List<Map<String, Object>> facts = article.getList("facts");
        assertEquals("4000人", body.substring((int) facts.get(0).get("spanStart"), (int) facts.get(0).get("spanEnd")));
        assertEquals("15万元", body.substring((int) facts.get(2).get("spanStart"), (int) facts.get(2).get("spanEnd")));
    }

    @Test
    void findsTheFirstCopyOfAStoryByFingerprint() {
        long fingerprint = Fingerprint.of(given().when().get("/internal/articles/" + ids.get(2))
                .then().extract().<String>path("body"));
        String oneBitAway = String.format("%016x", fingerprint ^ 1L);

        given().queryParam("fingerprint", oneBitAway).when().get("/internal/articles/near-duplicate")
                .then().statusCode(200).body("id", equalTo(ids.get(2)));
        given().queryParam("fingerprint", String.format("%016x", ~fingerprint))
                .when().get("/internal/articles/near-duplicate").then().statusCode(404);
        given().queryParam("fingerprint", "xyz").when().get("/internal/articles/near-duplicate")
                .then().statusCode(400);
    }

    @Test
    void tellsIngestWhetherAnArticleIsStoredAndWhichFirstCopyItWouldBeLinkedTo() {
        String storedId = ids.get(2);
        long fingerprint = Fingerprint.of(given().when().get("/internal/articles/" + storedId)
                .then().extract().<String>path("body"));
        String newId = "f".repeat(64);

        given().queryParam("id", storedId).queryParam("fingerprint", String.format("%016x", fingerprint))
                .when().get("/internal/articles/duplicate-check")
                .then().statusCode(200)
                .body("id", equalTo(storedId)).body("stored", equalTo(true)).body("duplicateOf", nullValue());
        given().queryParam("id", newId).queryParam("fingerprint", String.format("%016x", fingerprint ^ 3L))
                .when().get("/internal/articles/duplicate-check")
                .then().statusCode(200)
                .body("stored", equalTo(false)).body("duplicateOf", equalTo(storedId));
        given().queryParam("id", newId).queryParam("fingerprint", String.format("%016x", ~fingerprint))
                .when().get("/internal/articles/duplicate-check")
                .then().statusCode(200)
                .body("stored", equalTo(false)).body("duplicateOf", nullValue());
        given().queryParam("id", "nope").queryParam("fingerprint", "0123456789abcdef")
                .when().get("/internal/articles/duplicate-check")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownArticleIsAProblem() {
        given().when().get("/internal/articles/nope")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/unknown-article"));
    }

    @Test
    void listsTheMetricCatalogue() {
        given().when().get("/internal/metrics")
                .then().statusCode(200)
                .body("find { it.key == 'talent.stock' }.kind", equalTo("stock"))
                .body("find { it.key == 'incentive.rent' }.kind", equalTo("offer"));
    }
}
