package dev.bootdeck.model;

import java.util.Map;

/**
 * The Kubernetes-style {@code metadata} of bootc's status document. bootc only ever sets {@code name} ("host"); the
 * other fields are kept because the schema allows them.
 *
 * @param name        the object name, {@code null} if absent
 * @param namespace   the namespace, {@code null} if absent
 * @param labels      labels, empty if absent
 * @param annotations annotations, empty if absent
 */
public record HostMetadata(String name, String namespace, Map<String, String> labels,
                           Map<String, String> annotations) {

    public HostMetadata {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    }

    public static HostMetadata empty() {
        return new HostMetadata(null, null, Map.of(), Map.of());
    }
}
