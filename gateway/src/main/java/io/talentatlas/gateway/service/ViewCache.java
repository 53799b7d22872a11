package io.talentatlas.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentatlas.gateway.config.ViewCacheConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last good answer per request, least recently used evicted first. Serves two purposes: a short window in
 * which repeated requests are answered without a round trip, and a longer one in which the answer stands in,
 * marked stale, while metrics-service is down.
 */
@ApplicationScoped
public class ViewCache {

    private final Duration freshFor;
    private final Duration revalidateWithin;
    private final Duration keepStaleFor;
    private final Clock clock;
    private final Map<String, Answer> answers;

    @Inject
    public ViewCache(ViewCacheConfig config) {
        this(config.freshFor(), config.revalidateWithin(), config.keepStaleFor(), config.maxEntries(),
                Clock.systemUTC());
    }

    ViewCache(Duration freshFor, Duration revalidateWithin, Duration keepStaleFor, int maxEntries, Clock clock) {
        this.freshFor = freshFor;
        this.revalidateWithin = revalidateWithin;
        this.keepStaleFor = keepStaleFor;
        this.clock = clock;
        this.answers = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The answer for {@code key} if it is recent enough to serve without asking metrics-service. */
    public synchronized Optional<Answer> fresh(String key) {
        return Optional.ofNullable(answers.get(key)).filter(answer -> age(answer).compareTo(freshFor) < 0);
    }

    /** The answer for {@code key} if it may be served while a refresh runs in the background. */
    public synchronized Optional<Answer> revalidatable(String key) {
        return Optional.ofNullable(answers.get(key)).filter(answer -> age(answer).compareTo(revalidateWithin) < 0);
    }

    /** The last good answer for {@code key}, marked stale, if it is not too old to stand in. */
    public synchronized Optional<Answer> stale(String key) {
        return Optional.ofNullable(answers.get(key))
                .filter(answer -> age(answer).compareTo(keepStaleFor) < 0).map(Answer::asStale);
    }

    /** Records a good answer fetched now. */
    public synchronized Answer put(String key, JsonNode body) {
        Answer answer = new Answer(body, clock.instant(), false);
        answers.put(key, answer);
        return answer;
    }

    private Duration age(Answer answer) {
        return Duration.between(answer.fetchedAt(), Instant.now(clock));
    }
}
