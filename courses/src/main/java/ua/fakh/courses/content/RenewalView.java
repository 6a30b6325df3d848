package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** {@code GET /api/courses/{id}/renewal}: the course and the course that renews its certificate, if any. */
@Serdeable
public record RenewalView(UUID courseId, @Nullable UUID renewalCourseId, @Schema(type = "object") @Nullable Course renewalCourse) {

    /** A published course by its titles. */
    @Serdeable
    public record Course(UUID id, String title, @Nullable String titleEn) {
    }
}
