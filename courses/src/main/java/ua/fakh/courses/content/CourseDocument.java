package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a course says, in one value: what a published version freezes, and what a course
 * package carries ({@code manifest.json}). Lesson ids are stable across versions.
 */
@Serdeable
public record CourseDocument(String title, @Nullable String titleEn, String summary, @Nullable String summaryEn,
                             BigDecimal hours, BigDecimal ectsCredits, List<String> outcomes, List<String> competences,
                             String language, List<String> tags, @Nullable Integer certificateValidityMonths,
                             List<Section> sections) {

    @Serdeable
    public record Section(UUID id, String title, @Nullable String titleEn, List<Lesson> lessons) {
    }

    @Serdeable
    public record Lesson(UUID id, String title, @Nullable String titleEn, String type, Map<String, Object> content,
                         boolean required) {
    }

    public List<Lesson> lessons() {
        return sections.stream().flatMap(s -> s.lessons().stream()).toList();
    }
}
