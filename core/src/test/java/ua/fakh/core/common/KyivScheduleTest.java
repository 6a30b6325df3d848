package ua.fakh.core.common;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class KyivScheduleTest {
    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    @Test
    void aDailyMessageWaitsForItsHourInKyivNotInUtc() {
        // winter: Kyiv is UTC+2, so 08:00 there is 06:00 UTC
        assertThat(KyivSchedule.dailyAt(Instant.parse("2026-12-07T05:59:00Z"), EIGHT)).isEmpty();
        assertThat(KyivSchedule.dailyAt(Instant.parse("2026-12-07T06:00:00Z"), EIGHT)).contains(LocalDate.of(2026, 12, 7));
        // summer: UTC+3
        assertThat(KyivSchedule.dailyAt(Instant.parse("2026-07-07T04:59:00Z"), EIGHT)).isEmpty();
        assertThat(KyivSchedule.dailyAt(Instant.parse("2026-07-07T05:00:00Z"), EIGHT)).contains(LocalDate.of(2026, 7, 7));
    }

    @Test
    void theOccasionIsTheKyivDayAlsoWhenUtcIsStillYesterday() {
        assertThat(KyivSchedule.dailyAt(Instant.parse("2026-12-06T22:30:00Z"), LocalTime.MIDNIGHT))
                .contains(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aWeeklyMessageGoesOnlyOnItsDayFromItsHour() {
        // 2026-12-07 is a Monday
        assertThat(KyivSchedule.weeklyAt(Instant.parse("2026-12-07T06:00:00Z"), DayOfWeek.MONDAY, EIGHT))
                .contains(LocalDate.of(2026, 12, 7));
        assertThat(KyivSchedule.weeklyAt(Instant.parse("2026-12-07T05:00:00Z"), DayOfWeek.MONDAY, EIGHT)).isEmpty();
        assertThat(KyivSchedule.weeklyAt(Instant.parse("2026-12-08T06:00:00Z"), DayOfWeek.MONDAY, EIGHT)).isEmpty();
    }

    @Test
    void weeksAreIsoWeeks() {
        assertThat(KyivSchedule.isoWeek(LocalDate.of(2026, 12, 7))).isEqualTo("2026-W50");
        assertThat(KyivSchedule.isoWeek(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }
}
