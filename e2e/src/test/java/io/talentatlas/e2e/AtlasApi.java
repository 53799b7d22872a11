package io.talentatlas.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The calls the end-to-end test makes, each a real HTTP request to a running service. */
final class AtlasApi {

    private final String gateway;
    private final String metrics;

    AtlasApi(String gateway, String metrics) {
        this.gateway = gateway;
        this.metrics = metrics;
    }

    /** Posts one article to the gateway and returns its receipt; fails unless the answer is 202. */
    JsonPath post(String article) {
        return given().baseUri(gateway).contentType("text/plain; charset=UTF-8")
                .body(article.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles")
                .then().statusCode(202)
                .extract().jsonPath();
    }

    /** The stored article with its facts, or empty while it is not stored. */
    Optional<JsonPath> article(String id) {
        Response response = given().baseUri(metrics).when().get("/internal/articles/{id}", id).andReturn();
        return response.statusCode() == 200 ? Optional.of(response.jsonPath()) : Optional.empty();
    }

    /** Ids of the region's recent articles, empty while the region has none. */
    List<String> regionArticleIds(String code) {
        Response response = given().baseUri(metrics).when().get("/internal/regions/{code}", code).andReturn();
        return response.statusCode() == 200 ? response.jsonPath().getList("recentArticles.id", String.class)
                : List.of();
    }
}
