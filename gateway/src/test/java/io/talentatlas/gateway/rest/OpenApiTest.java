package io.talentatlas.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every public view is in the OpenAPI document, with an example, and Swagger UI is served. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentsEveryViewWithAnExample() {
        var document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        for (String path : new String[] {"/api/v1/regions", "/api/v1/regions/{region}",
                "/api/v1/regions/{region}/metrics/{metric}", "/api/v1/compare", "/api/v1/provinces/{code}/rollup",
                "/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/metrics"}) {
            document.body("paths", hasKey(path));
            document.body("paths.'" + path + "'.get.responses.'200'.content.'application/json'.examples",
                    notNullValue());
        }
        document.body("paths.'/api/v1/extract'.post.responses.'200'.content.'application/json'.examples",
                notNullValue());
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
