package io.talentatlas.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no broker to take the record, an article that parsed is answered 503, never 202. */
@QuarkusTest
@TestProfile(BrokerDownTest.NoBroker.class)
class BrokerDownTest {

    @Test
    void anArticleTheBrokerDidNotTakeIsA503Problem() {
        given().contentType("text/plain").body(Samples.bytes(Samples.files().get(0)))
                .when().post("/api/v1/articles")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://talent-atlas.io/problems/broker-unavailable"))
                .body("detail", containsString("was not published"));
    }

    @Test
    void aBatchReportsEachUnpublishedArticleAs503() {
        String line = "{\"content\": \"深圳市今年引进人才5万人。\\n这是一篇测试文章的第二段。\"}";
        given().contentType("application/x-ndjson")
                .body((line + "\n{\"content\": \"\"}").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(207)
                .body("[0].status", equalTo(503))
                .body("[0].problem.type", equalTo("https://talent-atlas.io/problems/broker-unavailable"))
                .body("[1].status", equalTo(422));
    }

    /** Points the producer at a port nobody listens on and gives up quickly. */
    public static class NoBroker implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:" + unusedPort(),
                    "atlas.ingest.publish-timeout", "2s",
                    "mp.messaging.outgoing.articles-out.max.block.ms", "1500");
        }

        private static int unusedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
