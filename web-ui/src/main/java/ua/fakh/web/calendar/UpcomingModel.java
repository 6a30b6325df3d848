package ua.fakh.web.calendar;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** {@code /upcoming}: the days ahead with what happens on each, and the personal feed. */
public record UpcomingModel(List<Day> days, FeedPanel feed) {

    /** One day in Kyiv: "Tomorrow, Tuesday 15.12.2026". */
    public record Day(String label, List<Entry> entries) {
    }

    /**
     * @param kind   SESSION, DUE or QUIZ_CLOSES (the bundle keys and the CSS class follow it)
     * @param time   "10:00–16:00", "23:59" or empty
     */
    public record Entry(String kind, String time, String title, String courseTitle, String coursePath, String path,
                        @Nullable String place, @Nullable String onlineLink, @Nullable String cohortName) {
    }
}
