package ua.fakh.web.i18n;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/**
 * The web pages' strings, one bundle per area of the UI so areas grow without stepping on each other:
 * {@code i18n/<area>.properties} (English) and {@code i18n/<area>_uk.properties}. A key is looked up in
 * the areas in order; an area whose files are absent is passed over.
 */
@Factory
public class WebMessageBundles {
    public static final List<String> AREAS = List.of("messages", "teach", "learn", "quiz", "assessment", "certificates");

    @Singleton
    MessageSource webMessages() {
        return source();
    }

    /** The areas' bundles as one source (also for benchmarks that render pages without a context). */
    public static MessageSource source() {
        return new BundleMessageSource(WebMessageBundles.class.getClassLoader(),
                AREAS.stream().map(area -> "i18n/" + area).toList());
    }
}
