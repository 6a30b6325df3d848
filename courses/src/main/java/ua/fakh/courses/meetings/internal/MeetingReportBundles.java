package ua.fakh.courses.meetings.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** The words of the report address's own problems ({@code i18n/meeting_reports.properties} and {@code _uk}). */
@Factory
class MeetingReportBundles {

    @Singleton
    MessageSource meetingReportMessages() {
        return new BundleMessageSource(MeetingReportBundles.class.getClassLoader(), List.of("i18n/meeting_reports"));
    }
}
