package io.talentatlas.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Bad parameters are refused by the gateway itself with a 400 problem, before any call to metrics-service. */
@QuarkusTest
class ParameterValidationTest {

    @Test
    void regionListParameters() {
        expect400(given().queryParam("level", "city"), "/api/v1/regions", "level");
        expect400(given().queryParam("size", 0), "/api/v1/regions", "size");
        expect400(given().queryParam("page", -1), "/api/v1/regions", "page");
        expect400(given().queryParam("province", "23"), "/api/v1/regions", "province");
        expect400(given().queryParam("size", "abc"), "/api/v1/regions", "size");
        expect400(given().queryParam("page", "1.5"), "/api/v1/regions", "page");
    }

    @Test
    void compareAndRollupParameters() {
        expect400(given(), "/api/v1/compare", "metric");
        expect400(given().queryParam("metric", "talent.introduced").queryParam("size", 1000), "/api/v1/compare",
                "size");
        expect400(given().queryParam("metric", "talent.introduced").queryParam("year", 1800),
                "/api/v1/provinces/230000/rollup", "year");
        expect400(given(), "/api/v1/provinces/230000/rollup", "metric");
        expect400(given().queryParam("metric", "talent.introduced").queryParam("year", "last"),
                "/api/v1/provinces/230000/rollup", "year");
        expect400(given().queryParam("metric", "talent.introduced"), "/api/v1/provinces/23x/rollup", "code");
    }

    @Test
    void articleParameters() {
        expect400(given().queryParam("from", "yesterday"), "/api/v1/articles", "from");
        expect400(given().queryParam("to", "2023/01/01"), "/api/v1/articles", "to");
        expect400(given().queryParam("region", "abc"), "/api/v1/articles", "region");
        expect400(given(), "/api/v1/articles/not-an-id!", "id");
    }

    @Test
    void historyPaging() {
        expect400(given().queryParam("size", 201), "/api/v1/regions/230200/metrics/talent.introduced", "size");
    }

    private static void expect400(io.restassured.specification.RequestSpecification request, String path,
            String parameter) {
        request.when().get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/invalid-parameter"))
                .body("detail", containsString(parameter));
    }
}
