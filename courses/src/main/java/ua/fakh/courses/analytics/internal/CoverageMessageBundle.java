package ua.fakh.courses.analytics.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** The coverage report's words: table titles, column headers, notes ({@code i18n/coverage}). */
@Factory
class CoverageMessageBundle {

    @Singleton
    @Named("coverage")
    MessageSource coverageMessages() {
        return new BundleMessageSource(CoverageMessageBundle.class.getClassLoader(), List.of("i18n/coverage"));
    }
}
