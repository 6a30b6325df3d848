package ua.fakh.courses.analytics.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** The knowledge-gain tables' headers, group names and notes ({@code i18n/gain}). */
@Factory
class GainMessageBundle {

    @Singleton
    @Named("gain")
    MessageSource gainMessages() {
        return new BundleMessageSource(GainMessageBundle.class.getClassLoader(), List.of("i18n/gain"));
    }
}
