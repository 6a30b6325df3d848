package ua.fakh.courses.enrollment.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** The courses module's sentences about progress: what completion still needs, the gradebook's columns ({@code i18n/progress}). */
@Factory
class ProgressMessageBundle {

    @Singleton
    @Named("progress")
    MessageSource progressMessages() {
        return new BundleMessageSource(ProgressMessageBundle.class.getClassLoader(), List.of("i18n/progress"));
    }
}
