package ua.fakh.courses.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * What a territory report's filter offers a caller: the providers, courses, tags and cohorts its own
 * people enrolled in (an analyst of one district is not shown another district's cohorts).
 */
@Serdeable
public record AnalyticsFilterOptions(List<Option> providers, List<Option> courses, List<String> tags, List<Option> cohorts) {

    public AnalyticsFilterOptions {
        providers = List.copyOf(providers);
        courses = List.copyOf(courses);
        tags = List.copyOf(tags);
        cohorts = List.copyOf(cohorts);
    }

    /** A thing to choose, named in Ukrainian and, when it has one, in English. */
    @Serdeable
    public record Option(UUID id, String name, @Nullable String nameEn) {

        public String name(boolean english) {
            return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }
    }
}
