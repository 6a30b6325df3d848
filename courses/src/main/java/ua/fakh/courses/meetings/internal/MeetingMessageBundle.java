package ua.fakh.courses.meetings.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** The sentences of online sessions: refusals of the API and the words of the join, check-in and live pages ({@code i18n/meetings}). */
@Factory
class MeetingMessageBundle {

    @Singleton
    @Named("meetings")
    MessageSource meetingMessages() {
        return new BundleMessageSource(MeetingMessageBundle.class.getClassLoader(), List.of("i18n/meetings"));
    }
}
