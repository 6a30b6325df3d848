package ua.fakh.core.plugins;

import io.micronaut.context.MessageSource;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plugin's own strings: a {@link MessageSource} over {@code i18n/<id>.properties} (English) and
 * {@code i18n/<id>_uk.properties}, read with the plugin's class loader so a plugin jar brings its own.
 * Plugins' sources stay apart from the application's (every plugin has a {@code plugin.name}), one per
 * plugin class and id, kept for the life of the class. A missing key shows as the key.
 */
public final class PluginStrings {
    private static final ClassValue<Map<String, MessageSource>> SOURCES = new ClassValue<>() {
        @Override
        protected Map<String, MessageSource> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private PluginStrings() {
    }

    /** The plugin's strings as a {@link MessageSource}. */
    public static MessageSource of(Plugin plugin) {
        String id = plugin.descriptor().id();
        return SOURCES.get(plugin.getClass()).computeIfAbsent(id,
                key -> new BundleMessageSource(plugin.getClass().getClassLoader(), List.of("i18n/" + key)));
    }

    public static String get(Plugin plugin, Locale locale, String key) {
        return of(plugin).getRawMessage(key, MessageSource.MessageContext.of(locale)).orElse(key);
    }

    /** The plugin's name from its own bundle, in {@code locale} when it has it, else English, else its id. */
    public static String name(Plugin plugin, Locale locale) {
        String key = plugin.descriptor().nameKey();
        String name = get(plugin, locale, key);
        return name.equals(key) ? plugin.descriptor().id() : name;
    }
}
