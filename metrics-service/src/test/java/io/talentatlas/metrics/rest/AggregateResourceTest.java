package io.talentatlas.metrics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class AggregateResourceTest {

    @Inject
    ViewFixture fixture;

    @BeforeEach
    void load() {
        fixture.load();
    }

    @Test
    void ranksTheRegionsThatReportAMetricWithTheirQualifier() {
        given().queryParam("metric", "talent.introduced").queryParam("level", "prefecture")
                .when().get("/internal/compare")
                .then().statusCode(200)
                .body("kind", equalTo("flow"))
                .body("ranking.items.region.code", contains("230600", "150200", "230200", "231200"))
                .body("ranking.items.rank", contains(1, 2, 3, 4))
                .body("ranking.items[2].fact.qualifier", equalTo("at_least"))
                .body("ranking.items[2].exactValue", equalTo(false))
                .body("ranking.items[0].exactValue", equalTo(true))
                .body("ranking.items[3].fact.value", equalTo(800));
    }

    @Test
    void comparesWithinAProvinceAndOffersAsCaps() {
        given().queryParam("metric", "talent.introduced").queryParam("province", "230000")
                .when().get("/internal/compare")
                .then().statusCode(200)
                .body("ranking.items.region.code", not(hasItem("150200")));
        given().queryParam("metric", "incentive.housing_purchase")
                .when().get("/internal/compare")
                .then().statusCode(200)
                .body("kind", equalTo("offer"))
                .body("ranking.items.fact.value", contains(150000, 100000))
                .body("ranking.items.exactValue", contains(true, true));
    }

    @Test
    void compareRefusesUnknownMetricsAndBadParameters() {
        given().queryParam("metric", "talent.everything").when().get("/internal/compare")
                .then().statusCode(404).body("validMetrics", hasItems("talent.introduced"));
        given().when().get("/internal/compare").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("metric", "talent.introduced").queryParam("province", "23")
                .when().get("/internal/compare").then().statusCode(400);
    }

    @Test
    void rollupGroupsCitiesByPeriodAndNamesTheCitiesWithoutAFigure() {
        given().queryParam("metric", "talent.introduced")
                .when().get("/internal/provinces/230000/rollup")
                .then().statusCode(200)
                .body("province.name", equalTo("黑龙江省"))
                .body("groups.find { it.period.kind == 'annual' }.contributions.region.code",
                        contains("230200", "231200"))
                .body("groups.find { it.period.kind == 'annual' }.total", equalTo(2800))
                .body("groups.find { it.period.kind == 'annual' }.qualifier", equalTo("at_least"))
                .body("groups.find { it.period.kind == 'span' }.contributions.region.code", contains("230600"))
                .body("citiesWithoutFigure.code", hasItems("230100", "230300"))
                .body("citiesWithoutFigure.code", not(hasItem("231200")));
    }

    @Test
    void rollupForAYearTakesOnlyFiguresForExactlyThatYear() {
        given().queryParam("metric", "talent.introduced").queryParam("year", 2022)
                .when().get("/internal/provinces/230000/rollup")
                .then().statusCode(200)
                .body("year", equalTo(2022))
                .body("groups.size()", equalTo(1))
                .body("groups[0].total", equalTo(2800))
                .body("citiesWithoutFigure.code", hasItem("230600"));
        given().queryParam("metric", "talent.introduced").queryParam("year", 2019)
                .when().get("/internal/provinces/230000/rollup")
                .then().statusCode(200)
                .body("groups.size()", equalTo(0))
                .body("citiesWithoutFigure.size()", equalTo(13));
    }

    @Test
    void rollupNeverSumsStocksOrOffers() {
        given().queryParam("metric", "talent.stock")
                .when().get("/internal/provinces/230000/rollup")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("stock"));
        given().queryParam("metric", "incentive.housing_purchase")
                .when().get("/internal/provinces/230000/rollup")
                .then().statusCode(400);
    }

    @Test
    void rollupNeedsAProvince() {
        given().queryParam("metric", "talent.introduced")
                .when().get("/internal/provinces/230200/rollup")
                .then().statusCode(400).body("detail", containsString("not a province"));
        given().queryParam("metric", "talent.introduced")
                .when().get("/internal/provinces/990000/rollup")
                .then().statusCode(404);
        given().queryParam("metric", "talent.introduced").queryParam("year", 1800)
                .when().get("/internal/provinces/230000/rollup")
                .then().statusCode(400).body("year", nullValue());
    }
}
