package io.talentatlas.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import java.util.Map;

/** Reads a Prometheus Operator {@code ServiceMonitor}: which Services it selects and which port and path. */
final class ServiceMonitors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceMonitors() {
    }

    /** Whether the monitor selects the Service and scrapes {@code /q/metrics} on one of its named ports. */
    static boolean scrapes(GenericKubernetesResource monitor, Service service) {
        LabelSelector selector = JSON.convertValue(monitor.get("spec", "selector"), LabelSelector.class);
        if (!LabelSelectors.matches(selector, service.getMetadata().getLabels())) {
            return false;
        }
        List<Map<String, Object>> endpoints = monitor.get("spec", "endpoints");
        return endpoints.stream().anyMatch(endpoint -> "/q/metrics".equals(endpoint.get("path"))
                && service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(endpoint.get("port"))));
    }
}
