package ua.fakh.core.i18n;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fakh's strings, one bundle per area of the UI so areas grow without stepping on each other:
 * {@code i18n/<area>.properties} (English) and {@code i18n/<area>_uk.properties}. A key is looked
 * up in the areas in order. A missing key shows as the key itself, so a forgotten translation is
 * visible, never a crash.
 */
@Singleton
public class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** The areas, each {@code i18n/<area>}; an area whose files are absent is passed over. */
    public static final List<String> AREAS = List.of("messages", "teach", "learn", "quiz", "assessment", "certificates", "problems");

    /** Per language, the areas' bundles that exist, in order: looked up once, not per string. */
    private final Map<Locale, List<ResourceBundle>> bundles = new ConcurrentHashMap<>();

    public String get(Locale locale, String key, Object... args) {
        for (ResourceBundle bundle : bundles.computeIfAbsent(locale, this::load)) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }

    private List<ResourceBundle> load(Locale locale) {
        List<ResourceBundle> present = new ArrayList<>();
        for (String area : AREAS) {
            ResourceBundle bundle = bundle(area, locale);
            if (bundle != null) {
                present.add(bundle);
            }
        }
        return List.copyOf(present);
    }

    private ResourceBundle bundle(String area, Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n/" + area, locale, getClass().getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException absent) {
            return null;
        }
    }
}
