package io.talentatlas.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The public API calls the end-to-end test makes, each a real HTTP request to the running gateway. */
final class AtlasApi {

    private final String gateway;

    AtlasApi(String gateway) {
        this.gateway = gateway;
    }

    /** Posts one article and returns its receipt; fails unless the answer is 202. */
    JsonPath post(String article) {
        return given().baseUri(gateway).contentType("text/plain; charset=UTF-8")
                .body(article.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles")
                .then().statusCode(202)
                .extract().jsonPath();
    }

    /** Posts a body as is and returns the whole answer, whatever its status. */
    Response postRaw(String contentType, byte[] body) {
        return given().baseUri(gateway).contentType(contentType).body(body)
                .when().post("/api/v1/articles").andReturn();
    }

    /** Posts articles as a multipart batch, one file each, and returns the 207 item list. */
    JsonPath postFiles(String... articles) {
        var request = given().baseUri(gateway);
        for (int i = 0; i < articles.length; i++) {
            request.multiPart("file", "article-" + i + ".txt", articles[i].getBytes(StandardCharsets.UTF_8),
                    "text/plain");
        }
        return request.when().post("/api/v1/articles/batch")
                .then().statusCode(207)
                .extract().jsonPath();
    }

    /** The stored article with its facts, or empty while it is not stored (or metrics-service is away). */
    Optional<JsonPath> article(String id) {
        Response response = given().baseUri(gateway).when().get("/api/v1/articles/{id}", id).andReturn();
        return response.statusCode() == 200 ? Optional.of(response.jsonPath()) : Optional.empty();
    }

    /** Codes of the regions that have facts (first 200). */
    List<String> regionCodes() {
        Response response = given().baseUri(gateway).queryParam("size", 200).when().get("/api/v1/regions")
                .andReturn();
        return response.statusCode() == 200 ? response.jsonPath().getList("items.code", String.class) : List.of();
    }

    /** Ids of the region's recent articles, empty while the region has none. */
    List<String> regionArticleIds(String code) {
        Response response = given().baseUri(gateway).when().get("/api/v1/regions/{code}", code).andReturn();
        return response.statusCode() == 200 ? response.jsonPath().getList("recentArticles.id", String.class)
                : List.of();
    }
}
