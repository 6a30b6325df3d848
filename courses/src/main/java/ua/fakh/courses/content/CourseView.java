package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A course as one caller sees it: its trainers get the working copy ({@code draft = true}, with the
 * enrollment key); everyone else the latest published version. {@code version} is the number of the
 * latest published version (0: never published).
 */
@Serdeable
public record CourseView(UUID id, String title, @Nullable String titleEn, String summary, @Nullable String summaryEn,
                         BigDecimal hours, BigDecimal ectsCredits, List<String> outcomes, List<String> competences,
                         String language, UUID providerId, String providerName, @Nullable String providerEdrpou,
                         List<Trainer> trainers, List<String> tags, EnrollmentPolicy enrollmentPolicy,
                         @Nullable String enrollmentKey, @Nullable Integer certificateValidityMonths, boolean publicPreview,
                         CourseStatus status, int version, boolean draft, boolean draftChanged,
                         @Nullable Instant publishedAt, List<SectionOutline> sections) {

    public int lessonCount() {
        return sections.stream().mapToInt(s -> s.lessons().size()).sum();
    }
}
