package ua.fakh.courses.calendar.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** The calendar's sentences: the feeds' events and the date reminders ({@code i18n/calendar}). */
@Factory
class CalendarMessageBundle {

    @Singleton
    @Named("calendar")
    MessageSource calendarMessages() {
        return new BundleMessageSource(CalendarMessageBundle.class.getClassLoader(), List.of("i18n/calendar"));
    }
}
