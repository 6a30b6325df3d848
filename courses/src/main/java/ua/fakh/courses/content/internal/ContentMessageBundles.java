package ua.fakh.courses.content.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/**
 * The words of lesson content problems that the content SPI names by key ({@code problem.field.content.*},
 * {@code i18n/content.properties} and {@code _uk}): answered in the caller's language on the API and the pages.
 */
@Factory
class ContentMessageBundles {

    @Singleton
    MessageSource contentMessages() {
        return new BundleMessageSource(ContentMessageBundles.class.getClassLoader(), List.of("i18n/content"));
    }
}
