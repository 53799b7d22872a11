package io.talentatlas.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's "done when", end to end: the five sample articles are posted to the gateway, travel through
 * ingest-service, the real broker, metrics-service and the real database, and the public views are read back from
 * the gateway with its caching headers, redirects and problem details.
 */
class RegionViewsIT {

    private static final Duration DELIVERY = Duration.ofMinutes(2);

    private static Pipeline pipeline;
    private static String gateway;

    @BeforeAll
    static void postTheSamples() {
        pipeline = Pipeline.start();
        gateway = pipeline.gatewayUrl();
        List<String> ids = Articles.samples().stream().map(RegionViewsIT::post).toList();
        for (String id : ids) {
            await("article " + id + " stored").atMost(DELIVERY).until(() -> given().baseUri(gateway)
                    .when().get("/api/v1/articles/{id}", id).statusCode() == 200);
        }
    }

    @AfterAll
    static void stopEverything() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void suihuaShowsTheHousingOfferWithItsSentenceAndTheTargetApart() {
        given().baseUri(gateway).when().get("/api/v1/regions/231200")
                .then().statusCode(200)
                .body("stale", equalTo(false))
                .body("offers.find { it.metric == 'incentive.housing_purchase' }.value", equalTo(150000))
                .body("offers.find { it.metric == 'incentive.housing_purchase' }.qualifier", equalTo("up_to"))
                .body("offers.find { it.metric == 'incentive.housing_purchase' }.evidence",
                        containsString("最高15万元的购房补贴"))
                .body("targets.find { it.metric == 'talent.introduced' }.value", equalTo(4000))
                .body("headline.findAll { it.metric == 'talent.introduced' }.value", not(hasItem(4000)));
    }

    @Test
    void baotouShowsTheRareEarthZoneUnderItsScope() {
        given().baseUri(gateway).when().get("/api/v1/regions/150200")
                .then().statusCode(200)
                .body("scoped.scope", hasItem(containsString("稀土高新区")));
    }

    @Test
    void compareRanksTheCitiesThatReportTalentIntroduced() {
        given().baseUri(gateway).queryParam("metric", "talent.introduced").queryParam("level", "prefecture")
                .when().get("/api/v1/compare")
                .then().statusCode(200)
                .body("ranking.items", hasSize(greaterThanOrEqualTo(2)))
                .body("ranking.items.region.code", hasItems("230200", "230600"));
    }

    @Test
    void heilongjiangRollupNamesTheCitiesSummedAndThoseWithoutAFigure() {
        given().baseUri(gateway).queryParam("metric", "talent.introduced")
                .when().get("/api/v1/provinces/230000/rollup")
                .then().statusCode(200)
                .body("groups.contributions.flatten().region.code", hasItems("230200", "230600"))
                .body("citiesWithoutFigure.code", hasItems("230100"));
    }

    @Test
    void aNicknameRedirectsToTheCode() {
        given().baseUri(gateway).redirects().follow(false).when().get("/api/v1/regions/鹤城")
                .then().statusCode(307).header("Location", endsWith("/api/v1/regions/230200"));
        given().baseUri(gateway).when().get("/api/v1/regions/大庆")
                .then().statusCode(200).body("region.code", equalTo("230600"));
    }

    @Test
    void viewsCarryAnETagAndAnswer304ToACurrentCopy() {
        String etag = given().baseUri(gateway).when().get("/api/v1/regions/230200")
                .then().statusCode(200).header("Cache-Control", containsString("max-age"))
                .extract().header("ETag");
        given().baseUri(gateway).header("If-None-Match", etag).when().get("/api/v1/regions/230200")
                .then().statusCode(304);
    }

    @Test
    void unknownRegionsAndMetricsAreProblems() {
        given().baseUri(gateway).when().get("/api/v1/regions/230200/metrics/talent.imported")
                .then().statusCode(404).contentType("application/problem+json")
                .body("validMetrics", hasItem("talent.introduced"));
        given().baseUri(gateway).when().get("/api/v1/regions/999999")
                .then().statusCode(404).contentType("application/problem+json");
        given().baseUri(gateway).queryParam("metric", "talent.stock").when().get("/api/v1/provinces/230000/rollup")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void articlesAreSearchableAndCarryTheirEvidenceSpans() {
        String id = given().baseUri(gateway).queryParam("region", "231200").when().get("/api/v1/articles")
                .then().statusCode(200).body("totalItems", equalTo(1)).extract().path("items[0].id");
        given().baseUri(gateway).when().get("/api/v1/articles/{id}", id)
                .then().statusCode(200)
                .body("facts.find { it.metric == 'incentive.housing_purchase' }.spanStart", greaterThanOrEqualTo(0));
    }

    private static String post(String article) {
        return given().baseUri(gateway).contentType("text/plain; charset=UTF-8")
                .body(article.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles")
                .then().statusCode(202).extract().path("id");
    }
}
