package ua.fakh.core.plugins;

import java.util.Set;

/** Small plugins and settings for registry tests, without an application context. */
final class TestPlugins {
    private TestPlugins() {
    }

    /** A plugin that is nothing but its descriptor. */
    record Bare(PluginDescriptor descriptor) implements Plugin {
        static Bare of(String id) {
            return new Bare(PluginDescriptor.of(id, "1.0.0"));
        }
    }

    /** Every plugin enabled except {@code disabled}. */
    static PluginSettings enabledExcept(String... disabled) {
        Set<String> off = Set.of(disabled);
        return new PluginSettings(null) {
            @Override
            public boolean isEnabled(String id) {
                return !off.contains(id);
            }
        };
    }
}
