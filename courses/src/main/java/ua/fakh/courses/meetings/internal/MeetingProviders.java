package ua.fakh.courses.meetings.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;
import ua.fakh.courses.spi.MeetingProvider;

import java.util.List;
import java.util.Optional;

/** The enabled {@code meeting_*} plugins; those that can be offered now are the configured ones. */
@Singleton
class MeetingProviders {
    static final String TYPE = "meeting";
    private final PluginRegistry<MeetingProvider> registry;

    MeetingProviders(List<MeetingProvider> providers, PluginSettings settings) {
        this.registry = new PluginRegistry<>(TYPE, providers, settings);
    }

    List<MeetingProvider> offered() {
        return registry.all().stream().filter(MeetingProvider::isConfigured).toList();
    }

    /** An enabled plugin, configured or not: rooms opened earlier stay joinable while their server is reconfigured. */
    Optional<MeetingProvider> find(String id) {
        return registry.find(id);
    }
}
