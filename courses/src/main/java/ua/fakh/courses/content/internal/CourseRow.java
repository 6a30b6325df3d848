package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.courses.content.CourseStatus;
import ua.fakh.courses.content.EnrollmentPolicy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The working copy of a course's description; lists are JSON arrays in text columns. */
@MappedEntity("courses")
record CourseRow(@Id UUID id, UUID providerId, CourseStatus status, int publishedVersion, boolean draftChanged,
                 String title, @Nullable String titleEn, String summary, @Nullable String summaryEn,
                 BigDecimal hours, BigDecimal ectsCredits, boolean ectsExplicit, String language,
                 String outcomes, String competences, String tags, EnrollmentPolicy enrollmentPolicy,
                 @Nullable String enrollmentKey, @Nullable Integer certificateValidityMonths, boolean publicPreview,
                 @Nullable UUID createdBy, Instant createdAt, Instant updatedAt,
                 @Nullable String catalogTitle, @Nullable String catalogLanguage, @Nullable String catalogTags,
                 @Nullable String catalogSearch) {
}
