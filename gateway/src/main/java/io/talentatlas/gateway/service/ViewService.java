package io.talentatlas.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentatlas.gateway.client.MetricsClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The public views, each one metrics-service query: answered from the short cache when fresh; from the cache while
 * a background call refreshes it when a little older (stale-while-revalidate); otherwise through
 * {@link MetricsGateway}. Cache keys are the normalised query, so equal requests share one answer.
 */
@ApplicationScoped
public class ViewService {

    private final MetricsClient client;
    private final MetricsGateway gateway;
    private final ViewCache cache;
    private final BackgroundRefresh refresh;

    public ViewService(@RestClient MetricsClient client, MetricsGateway gateway, ViewCache cache,
            BackgroundRefresh refresh) {
        this.client = client;
        this.gateway = gateway;
        this.cache = cache;
        this.refresh = refresh;
    }

    public Answer metrics() {
        return answer("metrics", client::metrics);
    }

    public Answer regions(String level, String province, int page, int size) {
        return answer(key("regions", level, province, page, size), () -> client.regions(level, province, page, size));
    }

    public Answer lookup(String name) {
        return answer(key("lookup", name), () -> client.lookup(name));
    }

    public Answer region(String code) {
        return answer(key("region", code), () -> client.region(code));
    }

    public Answer history(String code, String metric, int page, int size) {
        return answer(key("history", code, metric, page, size), () -> client.history(code, metric, page, size));
    }

    public Answer compare(String metric, String level, String province, int page, int size) {
        return answer(key("compare", metric, level, province, page, size),
                () -> client.compare(metric, level, province, page, size));
    }

    public Answer rollup(String province, String metric, Integer year) {
        return answer(key("rollup", province, metric, year), () -> client.rollup(province, metric, year));
    }

    public Answer articles(String region, String text, String from, String to, int page, int size) {
        return answer(key("articles", region, text, from, to, page, size),
                () -> client.articles(region, text, from, to, page, size));
    }

    public Answer article(String id) {
        return answer(key("article", id), () -> client.article(id));
    }

    /** Parses and extracts a posted document without storing it; never cached. */
    public JsonNode extract(byte[] document, String url) {
        return gateway.call(() -> client.extract(document, url));
    }

    private Answer answer(String key, Supplier<JsonNode> call) {
        Optional<Answer> fresh = cache.fresh(key);
        if (fresh.isPresent()) {
            return fresh.get();
        }
        Optional<Answer> recent = cache.revalidatable(key);
        if (recent.isPresent()) {
            refresh.refresh(key, call);
            return recent.get();
        }
        return gateway.fetch(key, call);
    }

    /** The cache key of a query: its name and parameters, {@code |}-separated (absent ones empty). */
    static String key(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(key.isEmpty() ? "" : "|").append(part == null ? "" : part);
        }
        return key.toString();
    }
}
