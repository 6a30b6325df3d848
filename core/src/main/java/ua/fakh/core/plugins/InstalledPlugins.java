package ua.fakh.core.plugins;

import io.micronaut.context.annotation.Context;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every plugin bean of every type, checked at start-up ({@code @Context}: a malformed or duplicate
 * id stops the application before it serves anything). Answers {@code GET /api/plugins}.
 */
@Context
public class InstalledPlugins {
    private final List<Plugin> plugins;
    /** By id: every string of every page asks whether its key's first word names a plugin (perf/README.md, "Session 12"). */
    private final Map<String, Plugin> byId;
    private final PluginSettings settings;

    public InstalledPlugins(List<Plugin> plugins, PluginSettings settings) {
        Map<String, Plugin> seen = new HashMap<>();
        for (Plugin plugin : plugins) {
            PluginDescriptor descriptor = PluginChecks.checked(plugin);
            Plugin earlier = seen.put(descriptor.id(), plugin);
            if (earlier != null) {
                throw new InvalidPluginException("Two plugins share the id " + descriptor.id() + ": "
                        + earlier.getClass().getName() + " and " + plugin.getClass().getName());
            }
        }
        this.plugins = plugins.stream().sorted(Comparator.comparing(p -> p.descriptor().id())).toList();
        this.byId = Map.copyOf(seen);
        this.settings = settings;
    }

    /** The installed plugin with this id, enabled or not. */
    public Optional<Plugin> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Entry> list(Locale locale) {
        return plugins.stream().map(p -> {
            PluginDescriptor d = p.descriptor();
            return new Entry(d.id(), d.type(), d.version(), name(p, locale), settings.isEnabled(d.id()));
        }).toList();
    }

    /** The plugin's name from its own bundle, in {@code locale} when it has it, else English, else its id. */
    static String name(Plugin plugin, Locale locale) {
        return PluginStrings.name(plugin, locale);
    }

    @Serdeable
    public record Entry(String id, String type, String version, String name, boolean enabled) {
    }
}
