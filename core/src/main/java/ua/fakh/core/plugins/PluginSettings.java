package ua.fakh.core.plugins;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/** Reads {@code fakh.plugins.<id>.enabled} (default true) and the plugin's own namespace {@code fakh.plugins.<id>.*}. */
@Singleton
public class PluginSettings {
    private final Environment environment;

    public PluginSettings(Environment environment) {
        this.environment = environment;
    }

    public boolean isEnabled(String id) {
        return environment.getProperty("fakh.plugins." + id + ".enabled", Boolean.class, true);
    }
}
