package ua.fakh.courses.calendar.internal;

import org.junit.jupiter.api.Test;
import ua.fakh.core.common.KyivTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderWindowsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 14);

    @Test
    void dayRemindersOpenAtNineKyivTimeNotUtc() {
        assertThat(ReminderWindows.dayRemindersOpen(kyiv(DAY, 8, 59))).isFalse();
        assertThat(ReminderWindows.dayRemindersOpen(kyiv(DAY, 9, 0))).isTrue();
    }

    @Test
    void tomorrowIsTheNextDayInKyivEvenLateInTheEvening() {
        Instant lateEvening = kyiv(DAY, 23, 30);
        assertThat(ReminderWindows.tomorrowStarts(lateEvening)).isEqualTo(KyivTime.startOf(DAY.plusDays(1)));
        assertThat(ReminderWindows.tomorrowEnds(lateEvening)).isEqualTo(KyivTime.startOf(DAY.plusDays(2)));
    }

    @Test
    void aDueDateIsAWeekAheadThenADayAheadThenOverdue() {
        Instant due = KyivTime.endOf(DAY.plusDays(7));
        assertThat(ReminderWindows.dueOccasion(due, kyiv(DAY, 9, 0))).isEqualTo("due-7d");
        assertThat(ReminderWindows.dueOccasion(due, kyiv(DAY.plusDays(6), 9, 0))).isEqualTo("due-1d");
        assertThat(ReminderWindows.dueOccasion(due, kyiv(DAY.plusDays(7), 9, 0))).isEqualTo("due-1d");
        assertThat(ReminderWindows.dueOccasion(due, kyiv(DAY.plusDays(8), 9, 0))).isEqualTo("overdue");
    }

    private static Instant kyiv(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(KyivTime.ZONE).toInstant();
    }
}
