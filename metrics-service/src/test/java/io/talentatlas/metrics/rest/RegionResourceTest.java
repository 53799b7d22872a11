package io.talentatlas.metrics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class RegionResourceTest {

    @Inject
    ViewFixture fixture;

    private List<String> ids;

    @BeforeEach
    void load() {
        ids = fixture.load();
    }

    @Test
    void listsRegionsWithFactsAndTheirCounts() {
        given().queryParam("level", "prefecture").queryParam("province", "230000")
                .when().get("/internal/regions")
                .then().statusCode(200)
                .body("items.code", contains("230100", "230200", "230600", "231200"))
                .body("items.find { it.code == '230200' }.articleCount", equalTo(2))
                .body("items.find { it.code == '230200' }.factCount", equalTo(3))
                .body("items.find { it.code == '230200' }.parent", equalTo("230000"))
                .body("items.find { it.code == '230200' }.lastArticleAt", containsString("2023-03-01"))
                .body("totalItems", equalTo(4));
    }

    @Test
    void pagesTheRegionList() {
        given().queryParam("size", 2).queryParam("page", 1)
                .when().get("/internal/regions")
                .then().statusCode(200)
                .body("items.code", contains("230200", "230600"))
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3));
    }

    @Test
    void refusesBadListParameters() {
        given().queryParam("level", "city").when().get("/internal/regions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/invalid-parameter"))
                .body("detail", containsString("level"));
        given().queryParam("size", 0).when().get("/internal/regions").then().statusCode(400);
    }

    @Test
    void headlineIsTheLatestWholeRegionAchievementAndOffersStandApart() {
        given().when().get("/internal/regions/230200")
                .then().statusCode(200)
                .body("region.name", equalTo("齐齐哈尔市"))
                .body("parents.code", contains("230000"))
                .body("headline.metric", contains("talent.introduced"))
                .body("headline[0].value", equalTo(2000))
                .body("headline[0].qualifier", equalTo("at_least"))
                .body("headline[0].article.id", equalTo(ids.get(1)))
                .body("headline[0].evidence", equalTo("2022年全市引进人才2000余人"))
                .body("offers.metric", contains("incentive.housing_purchase"))
                .body("offers[0].value", equalTo(100000))
                .body("recentArticles.id", contains(ids.get(1), ids.get(0)));
    }

    @Test
    void targetsAreNotAchievements() {
        given().when().get("/internal/regions/231200")
                .then().statusCode(200)
                .body("headline[0].value", equalTo(800))
                .body("targets.value", contains(4000))
                .body("targets[0].target", equalTo(true))
                .body("offers[0].value", equalTo(150000))
                .body("offers[0].qualifier", equalTo("up_to"));
    }

    @Test
    void scopedFiguresAreGroupedUnderTheirScopeAndNeverHeadline() {
        given().when().get("/internal/regions/150200")
                .then().statusCode(200)
                .body("headline.metric", not(hasItem("platform.innovation")))
                .body("scoped.scope", contains("包头稀土高新区"))
                .body("scoped[0].facts.metric", contains("platform.innovation"))
                .body("scoped[0].facts[0].value", equalTo(158));
    }

    @Test
    void aProvinceShowsItsChildRegionsWithFacts() {
        given().when().get("/internal/regions/230000")
                .then().statusCode(200)
                .body("headline", empty())
                .body("children.code", contains("230100", "230200", "230600", "231200"));
    }

    @Test
    void unknownRegionIsAProblem() {
        given().when().get("/internal/regions/999999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/unknown-region"))
                .body("status", equalTo(404));
    }

    @Test
    void historyListsEveryFactOldestFirst() {
        given().when().get("/internal/regions/230200/metrics/talent.introduced")
                .then().statusCode(200)
                .body("kind", equalTo("flow"))
                .body("facts.items.value", contains(1217, 2000))
                .body("facts.items[0].article.id", equalTo(ids.get(0)))
                .body("facts.totalItems", equalTo(2));
    }

    @Test
    void unknownMetricListsTheValidOnes() {
        given().when().get("/internal/regions/230200/metrics/talent.imported")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/unknown-metric"))
                .body("validMetrics", hasItems("talent.introduced", "incentive.housing_purchase"))
                .body("detail", containsString("talent.introduced"));
    }

    @Test
    void looksUpNamesShortNamesAndNicknames() {
        given().queryParam("name", "鹤城").when().get("/internal/regions/lookup")
                .then().statusCode(200)
                .body("region.code", equalTo("230200"))
                .body("candidates.code", hasItems("230200", "431200"));
        given().queryParam("name", "大庆").when().get("/internal/regions/lookup")
                .then().statusCode(200).body("region.code", equalTo("230600"));
        given().queryParam("name", "包头市").when().get("/internal/regions/lookup")
                .then().statusCode(200).body("region.code", equalTo("150200"));
        given().queryParam("name", "231200").when().get("/internal/regions/lookup")
                .then().statusCode(200).body("region.name", equalTo("绥化市"));
    }

    @Test
    void unknownNamesAreAProblem() {
        given().queryParam("name", "火星城").when().get("/internal/regions/lookup")
                .then().statusCode(404).body("type", equalTo("https://talent-atlas.io/problems/unknown-region"));
        given().when().get("/internal/regions/lookup").then().statusCode(400);
    }
}
