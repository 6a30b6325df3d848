package ua.fakh.certificates.plugins.credential_ob3;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.plugins.Plugin;
import ua.fakh.core.plugins.PluginStrings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** The credential's human-readable sentences, from the plugin's Ukrainian bundle, with values filled in. */
final class BadgeTexts {
    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private final Plugin plugin;

    BadgeTexts(Plugin plugin) {
        this.plugin = plugin;
    }

    /** The pattern under {@code key} with each {@code {name}} replaced by its value. */
    String text(String key, Map<String, String> values) {
        String text = PluginStrings.get(plugin, UKRAINIAN, key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    String text(String key) {
        return text(key, Map.of());
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String date(LocalDate date) {
        return KyivTime.date(date);
    }

    static String date(Instant instant) {
        return KyivTime.date(instant);
    }

    static String period(@Nullable LocalDate start, LocalDate end) {
        return start == null || start.equals(end) ? date(end) : date(start) + " – " + date(end);
    }
}
