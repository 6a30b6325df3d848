package ua.fakh.web.registration;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** The event registration pages' strings ({@code i18n/events}, Ukrainian in {@code events_uk}). */
@Factory
class EventPageMessages {

    @Singleton
    @Named("events")
    MessageSource eventPageMessages() {
        return new BundleMessageSource(EventPageMessages.class.getClassLoader(), List.of("i18n/events"));
    }
}
