package io.talentatlas.deploy;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The calls a service makes to the others: the URL of each REST client in its {@code application.properties}, as
 * its container environment sets it. The network checks derive the allowed service-to-service paths from these.
 */
final class ClientUrls {

    /** A REST client's URL property, {@code quarkus.rest-client.<config key>.url} (or {@code .uri}). */
    static final Pattern REST_CLIENT_URL = Pattern.compile("quarkus\\.rest-client\\..+\\.(url|uri)");

    private ClientUrls() {
    }

    /** The URLs the service's REST clients are given in the overlay, in property order. */
    static List<URI> of(RenderedOverlay overlay, String service) {
        ContainerEnvironment environment = Overlays.environment(overlay, service);
        return Overlays.properties(service).keys().stream()
                .filter(key -> REST_CLIENT_URL.matcher(key).matches())
                .sorted()
                .map(key -> environment.literal(key).orElseThrow(() -> new AssertionError(
                        overlay + "/" + service + " does not set " + key + " literally")))
                .map(URI::create)
                .toList();
    }

    /** The hosts (Service names) the service calls. */
    static Set<String> calledServices(RenderedOverlay overlay, String service) {
        return of(overlay, service).stream().map(URI::getHost).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The services whose REST clients call {@code service}. */
    static Set<String> callersOf(RenderedOverlay overlay, String service) {
        return Overlays.SERVICES.stream().filter(caller -> calledServices(overlay, caller).contains(service))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
