package ua.fakh.courses.analytics;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a territory report narrows to, the same for every table, map and export: a period of
 * completion ({@code from}..{@code to}, both days included, Kyiv time), a training provider, a course,
 * a course tag and a cohort. Every part is optional.
 */
public record AnalyticsFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID providerId,
                              @Nullable UUID courseId, @Nullable String tag, @Nullable UUID cohortId) {

    public static AnalyticsFilter none() {
        return new AnalyticsFilter(null, null, null, null, null, null);
    }
}
