package ua.fakh.core.i18n;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Fakh's strings: {@code i18n/messages.properties} (English) and {@code i18n/messages_uk.properties}.
 * A missing key shows as the key itself, so a forgotten translation is visible, never a crash.
 */
@Singleton
public class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final String BUNDLE = "i18n/messages";

    public String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, getClass().getClassLoader(), NO_FALLBACK).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
