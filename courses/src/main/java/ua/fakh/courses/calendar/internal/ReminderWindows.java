package ua.fakh.courses.calendar.internal;

import ua.fakh.core.common.KyivTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * When each date reminder is due, as {@link ua.fakh.courses.calendar.DateReminders} states it: the
 * rules in one place, as pure functions of the moment, so a scan only ever looks at a bounded window.
 */
final class ReminderWindows {
    /** People hear of days ahead from the start of a working day, not at night. */
    static final LocalTime FROM = LocalTime.of(9, 0);
    static final int WEEK = 7;
    static final Duration QUIZ_NOTICE = Duration.ofHours(24);

    private ReminderWindows() {
    }

    /** Whether day reminders may go out at {@code now}: from 09:00 Kyiv time. */
    static boolean dayRemindersOpen(Instant now) {
        return !now.atZone(KyivTime.ZONE).toLocalTime().isBefore(FROM);
    }

    /** Tomorrow in Kyiv, from its first to its last moment (exclusive end). */
    static Instant tomorrowStarts(Instant now) {
        return KyivTime.startOf(KyivTime.day(now).plusDays(1));
    }

    static Instant tomorrowEnds(Instant now) {
        return KyivTime.startOf(KyivTime.day(now).plusDays(2));
    }

    /** Due dates worth a look at {@code now}: passed in the last week, or falling in the coming week (to its last day). */
    static Instant dueFrom(Instant now) {
        return now.minus(WEEK, ChronoUnit.DAYS);
    }

    static Instant dueUntil(Instant now) {
        return KyivTime.startOf(KyivTime.day(now).plusDays(WEEK + 1));
    }

    /** The occasion a due date makes at {@code now}: {@code overdue}, {@code due-1d} or {@code due-7d}. */
    static String dueOccasion(Instant due, Instant now) {
        if (!due.isAfter(now)) {
            return "overdue";
        }
        long daysLeft = ChronoUnit.DAYS.between(KyivTime.day(now), KyivTime.day(due));
        return daysLeft <= 1 ? "due-1d" : "due-7d";
    }

    static LocalDate dueDay(Instant due) {
        return KyivTime.day(due);
    }
}
