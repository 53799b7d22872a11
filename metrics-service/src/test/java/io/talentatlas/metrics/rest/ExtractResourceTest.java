package io.talentatlas.metrics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresTestResource;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ExtractResourceTest {

    @Test
    void parsesAndExtractsAPostedArticleWithoutStoringIt() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/samples/004_05e16e586b8fd86e.txt")) {
            seed = in.readAllBytes();
        }
        String id = given().contentType("text/plain; charset=UTF-8").body(seed)
                .queryParam("url", "https://example.org/suihua")
                .when().post("/internal/extract")
                .then().statusCode(200)
                .body("homeRegion", equalTo("231200"))
                .body("url", equalTo("https://example.org/suihua"))
                .body("facts.metric", hasItem("incentive.housing_purchase"))
                .body("facts.id", hasItem(0))
                .extract().path("id");

        given().when().get("/internal/articles/" + id).then().statusCode(404);
    }

    @Test
    void anUnreadableDocumentIsAProblem() {
        given().contentType("text/plain").body("   ")
                .when().post("/internal/extract")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/empty"));
    }
}
