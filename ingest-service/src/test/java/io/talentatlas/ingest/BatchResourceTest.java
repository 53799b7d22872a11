package io.talentatlas.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.talentatlas.testsupport.KafkaTestResource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class BatchResourceTest {

    private static final String BATCH = "/api/v1/articles/batch";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ndjsonLinesAreAnsweredOneByOneInOrder() throws JsonProcessingException {
        String body = String.join("\n",
                JSON.writeValueAsString(Map.of("content", Samples.first(), "name", "first")),
                "{not json",
                "",
                JSON.writeValueAsString(Map.of("content", "", "name", "empty")),
                JSON.writeValueAsString(Map.of("url", "https://example.org/no-content")),
                JSON.writeValueAsString(Map.of("content", text(Samples.files().get(2)), "url", "https://x.org/2")));
        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(BATCH)
                .then().statusCode(207)
                .body("", hasSize(5))
                .body("[0].status", equalTo(202))
                .body("[0].name", equalTo("first"))
                .body("[0].id", matchesPattern("[0-9a-f]{64}"))
                .body("[0].problem", nullValue())
                .body("[1].status", equalTo(400))
                .body("[1].problem.type", equalTo("https://talent-atlas.io/problems/invalid-json"))
                .body("[2].status", equalTo(422))
                .body("[2].name", equalTo("empty"))
                .body("[2].problem.type", equalTo("https://talent-atlas.io/problems/empty"))
                .body("[3].status", equalTo(400))
                .body("[4].status", equalTo(202))
                .body("[4].index", equalTo(4));
    }

    @Test
    void uploadedFilesAreEachAnArticle() {
        List<Path> samples = Samples.files();
        given().multiPart("file", samples.get(0).toFile(), "text/plain")
                .multiPart("file", samples.get(3).toFile(), "text/plain")
                .multiPart("other", "empty.txt", new byte[0], "text/plain")
                .when().post(BATCH)
                .then().statusCode(207)
                .body("", hasSize(3))
                .body("status", equalTo(List.of(202, 202, 422)))
                .body("[0].name", equalTo(samples.get(0).getFileName().toString()))
                .body("[2].name", equalTo("empty.txt"));
    }

    @Test
    void anEmptyBatchIsAProblem() {
        given().contentType("application/x-ndjson").body("\n\n".getBytes(StandardCharsets.UTF_8))
                .when().post(BATCH)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/empty-batch"));
    }

    private static String text(Path file) {
        return new String(Samples.bytes(file), StandardCharsets.UTF_8);
    }
}
