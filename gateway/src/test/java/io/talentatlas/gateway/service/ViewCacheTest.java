package io.talentatlas.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ViewCacheTest {

    private final MovableClock clock = new MovableClock();
    private final ViewCache cache = new ViewCache(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofMinutes(10), 2, clock);

    @Test
    void anAnswerIsFreshBrieflyThenOnlyStandsInWhileNotTooOld() {
        cache.put("region|230200", JsonNodeFactory.instance.textNode("figures"));

        assertTrue(cache.fresh("region|230200").isPresent());
        assertFalse(cache.fresh("region|230200").get().stale());
        clock.advance(Duration.ofSeconds(6));
        assertTrue(cache.fresh("region|230200").isEmpty());
        assertFalse(cache.revalidatable("region|230200").get().stale());
        clock.advance(Duration.ofSeconds(60));
        assertTrue(cache.revalidatable("region|230200").isEmpty());
        assertTrue(cache.stale("region|230200").get().stale());
        assertEquals("figures", cache.stale("region|230200").get().body().asText());
        clock.advance(Duration.ofMinutes(10));
        assertTrue(cache.stale("region|230200").isEmpty());
    }

    @Test
    void theLeastRecentlyUsedAnswerIsEvictedFirst() {
        cache.put("a", JsonNodeFactory.instance.textNode("a"));
        cache.put("b", JsonNodeFactory.instance.textNode("b"));
        cache.fresh("a");
        cache.put("c", JsonNodeFactory.instance.textNode("c"));

        assertTrue(cache.stale("a").isPresent());
        assertTrue(cache.stale("b").isEmpty());
        assertTrue(cache.stale("c").isPresent());
    }

    @Test
    void keysJoinTheQueryPartsSoThatAbsentPartsStillCount() {
        assertEquals("compare|talent.introduced||230000|0|20",
                ViewService.key("compare", "talent.introduced", null, "230000", 0, 20));
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
