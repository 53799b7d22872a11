package io.talentatlas.gateway.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stale-while-revalidate: an answer past its fresh time but within the revalidation window is served at once, as
 * a normal (not stale) answer, while a background call tries to refresh it; that call failing (metrics-service is
 * unreachable in tests) leaves the answer in place instead of turning into an error for the reader.
 */
@QuarkusTest
@TestProfile(RevalidateTest.Revalidating.class)
class RevalidateTest {

    @Inject
    ViewCache cache;

    @Inject
    ObjectMapper mapper;

    @Test
    void anAgeingAnswerIsServedWhileItIsRefreshedInTheBackground() throws Exception {
        cache.put(ViewService.key("region", "231200"), mapper.readTree("{\"region\":{\"code\":\"231200\"}}"));

        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/regions/231200")
                    .then().statusCode(200)
                    .body("stale", equalTo(false))
                    .body("region.code", equalTo("231200"));
        }
    }

    /** Nothing is fresh, everything cached may be revalidated for a minute. */
    public static class Revalidating implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.views.fresh-for", "0s", "atlas.views.revalidate-within", "60s");
        }
    }
}
