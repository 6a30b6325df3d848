package ua.fakh.courses.attendance.internal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.BundleMessageSource;

import java.util.List;

/** The sentences of measured attendance: the report's columns, why someone is not counted, its problems ({@code i18n/attendance}). */
@Factory
class AttendanceMessageBundle {

    @Singleton
    @Named("attendance")
    MessageSource attendanceMessages() {
        return new BundleMessageSource(AttendanceMessageBundle.class.getClassLoader(), List.of("i18n/attendance"));
    }
}
