package io.talentatlas.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.talentatlas.testsupport.KafkaTestResource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sends a few hundred seeded random mutations of the real samples to both intake endpoints: whatever the bytes,
 * the answer is never a 5xx and every refusal is a problem document. The seed makes a failure reproducible.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class IngestFuzzTest {

    private static final long SEED = 20_261_124L;
    private static final int REQUESTS = 300;
    private static final String[] CONTENT_TYPES = {
        "text/plain", "text/plain; charset=UTF-8", "text/html", "text/markdown", "text/plain; charset=GBK",
        "text/csv", "application/json", "application/x-ndjson"};

    @Test
    void noMutationOfARealArticleMakesTheServiceFail() {
        Random random = new Random(SEED);
        List<byte[]> samples = Samples.files().stream().map(Samples::bytes).toList();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            byte[] body = ByteMutator.mutate(samples.get(random.nextInt(samples.size())), samples, random);
            String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            Response response = send(contentType, body);
            if (response.statusCode() >= 500 || !wellFormed(response)) {
                failures.add("request " + i + " (" + contentType + ", " + body.length + " bytes) -> "
                        + response.statusCode() + " " + response.contentType());
            }
        }
        assertTrue(failures.isEmpty(), "seed " + SEED + ": " + String.join("\n", failures));
    }

    private static Response send(String contentType, byte[] body) {
        String path = contentType.equals("application/x-ndjson") ? "/api/v1/articles/batch" : "/api/v1/articles";
        byte[] payload = contentType.equals("application/json") ? jsonWrapped(body) : body;
        return given().contentType(contentType).body(payload).when().post(path).andReturn();
    }

    /** Half of the JSON requests carry the mutated bytes as JSON text, half are the raw bytes (mostly not JSON). */
    private static byte[] jsonWrapped(byte[] body) {
        if (body.length % 2 == 0) {
            return body;
        }
        String escaped = new String(body, StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        return ("{\"content\":\"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean wellFormed(Response response) {
        int status = response.statusCode();
        if (status == 202 || status == 207) {
            return response.contentType().startsWith("application/json");
        }
        return response.contentType().startsWith("application/problem+json");
    }
}
