package ua.fakh.core.i18n;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Fakh's strings for pages and problems: whatever {@link MessageSource} beans the modules declare for
 * their own bundles (see {@link BundleMessageSource}), asked through Micronaut's composite source.
 * Arguments fill {@code {0}}, {@code {1}}… as {@link MessageFormat} does. A missing key shows as the
 * key itself, so a forgotten translation is visible, never a crash.
 */
@Singleton
public class Messages {
    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(Locale locale, String key, Object... args) {
        return source.getRawMessage(key, MessageSource.MessageContext.of(locale))
                .map(pattern -> args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args))
                .orElse(key);
    }
}
