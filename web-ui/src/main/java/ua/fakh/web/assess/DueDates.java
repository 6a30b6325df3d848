package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.errors.ValidationException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Due dates as trainers give them: a day. It means "by the end of that day in Ukraine", so a learner
 * finishing in the evening of the due day is not overdue.
 */
public final class DueDates {
    private DueDates() {
    }

    /** {@code 2026-12-01} → the last second of that day in Kyiv; blank → null (no due date). */
    @Nullable
    static Instant parse(@Nullable String day, String field) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return KyivTime.endOf(LocalDate.parse(day.strip()));
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "problem.field.notADate");
        }
    }

    /** The value of a date input for this due date. */
    public static String inputValue(@Nullable Instant due) {
        return due == null ? "" : KyivTime.day(due).toString();
    }
}
