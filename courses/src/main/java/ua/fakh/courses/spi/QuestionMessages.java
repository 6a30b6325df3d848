package ua.fakh.courses.spi;

import ua.fakh.core.plugins.Plugin;
import ua.fakh.core.plugins.PluginStrings;

import java.util.Locale;

/**
 * A plugin's own words from its bundle with {@code {0}}, {@code {1}}… filled in. Plain replacement,
 * not {@link java.text.MessageFormat}: an apostrophe in Ukrainian text ({@code зв'язок}) stays as written.
 */
public final class QuestionMessages {

    private QuestionMessages() {
    }

    public static String get(Plugin plugin, Locale locale, String key, Object... args) {
        String text = PluginStrings.get(plugin, locale, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
