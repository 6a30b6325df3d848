package ua.fakh.courses.content.internal;

import io.micronaut.context.annotation.Context;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.courses.spi.ContentType;

import java.util.List;

/** The registry of lesson types ({@code content_*} plugins), checked at start-up. */
@Context
class ContentTypes {
    private final PluginRegistry<ContentType> registry;

    ContentTypes(List<ContentType> types, PluginSettings settings) {
        this.registry = new PluginRegistry<>("content", types, settings);
    }

    ContentType require(String id) {
        return registry.find(id).orElseThrow(() -> ValidationException.of("type", "unknown lesson type " + id
                + "; available: " + ids()));
    }

    boolean exists(String id) {
        return registry.find(id).isPresent();
    }

    List<String> ids() {
        return registry.all().stream().map(t -> t.descriptor().id()).toList();
    }
}
