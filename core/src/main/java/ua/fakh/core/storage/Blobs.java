package ua.fakh.core.storage;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import ua.fakh.core.plugins.InvalidPluginException;
import ua.fakh.core.plugins.PluginRegistry;
import ua.fakh.core.plugins.PluginSettings;

import java.util.List;

/**
 * The door to file storage: the registry of {@link BlobStore} plugins and the one chosen by
 * {@code fakh.storage.plugin} (default: the store that {@linkplain BlobStore#isDefault says it is one}).
 * Built at start-up, so a misconfigured store stops the application instead of failing the first upload.
 */
@Context
public class Blobs {
    private final PluginRegistry<BlobStore> registry;
    private final BlobStore active;

    public Blobs(List<BlobStore> stores, PluginSettings settings,
                 @Value("${fakh.storage.plugin:}") String activeId) {
        this.registry = new PluginRegistry<>("storage", stores, settings);
        this.active = activeId.isBlank() ? defaultStore(registry) : registry.require(activeId);
        active.checkConfiguration();
    }

    private static BlobStore defaultStore(PluginRegistry<BlobStore> registry) {
        return registry.all().stream().filter(BlobStore::isDefault).findFirst().orElseThrow(() -> new InvalidPluginException(
                "No storage plugin is chosen (fakh.storage.plugin) and no enabled one is the default"));
    }

    /** Where new files go and existing ones are read from. */
    public BlobStore store() {
        return active;
    }

    public PluginRegistry<BlobStore> registry() {
        return registry;
    }
}
