package ua.fakh.courses.analytics.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Grouping completions by the latest status day before them keeps every "on or after that day?" answer. */
class SinceDaysTest {
    private static final LocalDate INVASION = LocalDate.of(2022, 2, 24);
    private static final LocalDate LIBERATED = LocalDate.of(2022, 11, 11);
    private final SinceDays days = new SinceDays(List.of(INVASION, LIBERATED));

    @Test
    void aCompletionStandsForTheLatestDayOnOrBeforeIt() {
        assertThat(days.reached(LocalDate.of(2021, 5, 1))).isEqualTo(SinceDays.NONE);
        assertThat(days.reached(INVASION)).isEqualTo(INVASION);
        assertThat(days.reached(LocalDate.of(2022, 11, 10))).isEqualTo(INVASION);
        assertThat(days.reached(LocalDate.of(2026, 3, 1))).isEqualTo(LIBERATED);
    }

    @Test
    void everyQuestionAboutADayGetsTheAnswerTheCompletionItselfGives() {
        for (LocalDate completion = LocalDate.of(2022, 1, 1); completion.isBefore(LocalDate.of(2023, 1, 1)); completion = completion.plusDays(1)) {
            for (LocalDate since : List.of(INVASION, LIBERATED)) {
                assertThat(!days.reached(completion).isBefore(since)).as("%s since %s", completion, since)
                        .isEqualTo(!completion.isBefore(since));
            }
        }
    }

    @Test
    void saysTheSameInSqlLatestDayFirst() {
        assertThat(days.sql("d")).isEqualTo("CASE WHEN d >= DATE '2022-11-11' THEN DATE '2022-11-11'"
                + " WHEN d >= DATE '2022-02-24' THEN DATE '2022-02-24' ELSE DATE '1900-01-01' END");
        assertThat(new SinceDays(List.of()).sql("d")).isEqualTo("DATE '1900-01-01'");
    }
}
