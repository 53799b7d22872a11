package io.talentatlas.metrics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.talentatlas.analysis.parse.ArticleParser;
import io.talentatlas.analysis.parse.ParseOptions;
import io.talentatlas.metrics.service.ArticleStore;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "done when" checks of issue 5 on the five real seed articles, parsed and extracted by the analysis module
 * and stored by {@link ArticleStore} as the consumer stores them.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class SeedViewsTest {

    @Inject
    ArticleStore store;

    @Inject
    ViewFixture fixture;

    @BeforeEach
    void storeTheSeeds() throws IOException, URISyntaxException {
        fixture.clear();
        ArticleParser parser = new ArticleParser();
        Path samples = Path.of(SeedViewsTest.class.getResource("/samples").toURI());
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                store.store(parser.parse(Files.readAllBytes(file), ParseOptions.defaults()));
            }
        }
    }

    @Test
    void suihuaShowsItsHousingOfferWithItsSentenceAndTheTargetApart() {
        given().when().get("/internal/regions/231200")
                .then().statusCode(200)
                .body("offers.find { it.metric == 'incentive.housing_purchase' }.value", equalTo(150000))
                .body("offers.find { it.metric == 'incentive.housing_purchase' }.qualifier", equalTo("up_to"))
                .body("offers.find { it.metric == 'incentive.housing_purchase' }.evidence",
                        containsString("最高15万元的购房补贴"))
                .body("targets.find { it.metric == 'talent.introduced' }.value", equalTo(4000))
                .body("targets.find { it.metric == 'talent.introduced' }.evidence", containsString("4000人"))
                .body("headline.findAll { it.metric == 'talent.introduced' }.value", not(hasItem(4000)))
                .body("headline.target", everyItem(equalTo(false)));
    }

    @Test
    void baotouShowsTheRareEarthZoneFiguresUnderThatScope() {
        given().when().get("/internal/regions/150200")
                .then().statusCode(200)
                .body("scoped.scope", hasItem(containsString("稀土高新区")))
                .body("scoped.find { it.scope.contains('稀土高新区') }.facts", not(empty()))
                .body("headline.scope", everyItem(equalTo(null)));
    }

    @Test
    void compareRanksThePrefecturesThatReportTalentIntroduced() {
        given().queryParam("metric", "talent.introduced").queryParam("level", "prefecture")
                .when().get("/internal/compare")
                .then().statusCode(200)
                .body("ranking.items", hasSize(greaterThanOrEqualTo(2)))
                .body("ranking.items.region.code", hasItems("230200", "230600"))
                .body("ranking.items[0].rank", equalTo(1));
    }

    @Test
    void heilongjiangRollupNamesTheCitiesItSummedAndTheOnesWithoutAFigure() {
        given().queryParam("metric", "talent.introduced")
                .when().get("/internal/provinces/230000/rollup")
                .then().statusCode(200)
                .body("groups.contributions.flatten().region.code", hasItems("230200", "230600"))
                .body("citiesWithoutFigure.code", hasItems("230100", "230300"))
                .body("citiesWithoutFigure.code", not(hasItem("230200")));
    }

    @Test
    void heChengIsQiqihar() {
        given().queryParam("name", "鹤城").when().get("/internal/regions/lookup")
                .then().statusCode(200).body("region.code", equalTo("230200"));
    }
}
