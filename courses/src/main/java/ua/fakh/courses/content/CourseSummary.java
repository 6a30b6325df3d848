package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A line of the catalogue or of a trainer's list. */
@Serdeable
public record CourseSummary(UUID id, String title, @Nullable String titleEn, String summary, BigDecimal hours,
                            BigDecimal ectsCredits, String language, UUID providerId, String providerName,
                            List<String> tags, CourseStatus status, int version, boolean draftChanged) {
}
