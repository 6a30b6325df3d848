package ua.fakh.core.plugins;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugins of one SPI, checked when built: every id well-formed and of this registry's type,
 * no id twice. Disabled plugins are left out. Build one per SPI from the {@code List<T>} Micronaut
 * injects; a bad set of plugins stops start-up with a message naming the culprit.
 */
public final class PluginRegistry<T extends Plugin> {
    private final String type;
    private final Map<String, T> enabled;

    public PluginRegistry(String type, List<T> candidates, PluginSettings settings) {
        this.type = type;
        Map<String, T> byId = new LinkedHashMap<>();
        for (T plugin : candidates.stream().sorted(Comparator.comparing(p -> p.descriptor().id())).toList()) {
            PluginDescriptor descriptor = PluginChecks.checked(plugin);
            if (!descriptor.type().equals(type)) {
                throw new InvalidPluginException("Plugin " + descriptor.id() + " (" + plugin.getClass().getName()
                        + ") is registered as a '" + type + "' plugin; its id must start with '" + type + "_'");
            }
            T earlier = byId.put(descriptor.id(), plugin);
            if (earlier != null) {
                throw new InvalidPluginException("Two plugins share the id " + descriptor.id() + ": "
                        + earlier.getClass().getName() + " and " + plugin.getClass().getName());
            }
        }
        byId.keySet().removeIf(id -> !settings.isEnabled(id));
        this.enabled = Map.copyOf(byId);
    }

    public String type() {
        return type;
    }

    /** Enabled plugins, ordered by id. */
    public List<T> all() {
        return enabled.values().stream().sorted(Comparator.comparing(p -> p.descriptor().id())).toList();
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(enabled.get(id));
    }

    /** @throws InvalidPluginException naming the id when it is unknown or disabled */
    public T require(String id) {
        return find(id).orElseThrow(() -> new InvalidPluginException("No enabled " + type + " plugin with id " + id
                + "; enabled: " + enabled.keySet()));
    }
}
