package ua.fakh.core.plugins;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A plugin's own strings from {@code i18n/<id>.properties} (English) and {@code i18n/<id>_uk.properties},
 * loaded with the plugin's class loader so a plugin jar brings its own. A missing key shows as the key.
 */
public final class PluginStrings {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PluginStrings() {
    }

    public static String get(Plugin plugin, Locale locale, String key) {
        String id = plugin.descriptor().id();
        ClassLoader loader = plugin.getClass().getClassLoader();
        for (Locale candidate : List.of(locale, Locale.ROOT)) {
            try {
                return ResourceBundle.getBundle("i18n/" + id, candidate, loader, NO_FALLBACK).getString(key);
            } catch (MissingResourceException missing) {
                // try the next candidate
            }
        }
        return key;
    }

    /** The plugin's name from its own bundle, in {@code locale} when it has it, else English, else its id. */
    public static String name(Plugin plugin, Locale locale) {
        String key = plugin.descriptor().nameKey();
        String name = get(plugin, locale, key);
        return name.equals(key) ? plugin.descriptor().id() : name;
    }
}
