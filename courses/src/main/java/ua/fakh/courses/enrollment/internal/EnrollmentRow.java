package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("enrollments")
record EnrollmentRow(@Id UUID id, UUID courseId, UUID userId, EnrollmentStatus status, Instant enrolledAt,
                     @Nullable Instant completedAt, @Nullable Instant dueAt, @Nullable UUID cohortId,
                     @Nullable UUID lastLessonId, @Nullable UUID enrolledBy, @Nullable Integer completedVersion) {

    EnrollmentRow withStatus(EnrollmentStatus newStatus, @Nullable Instant completed, @Nullable Integer version) {
        return new EnrollmentRow(id, courseId, userId, newStatus, enrolledAt, completed, dueAt, cohortId, lastLessonId,
                enrolledBy, version);
    }

    EnrollmentRow withLastLesson(UUID lessonId) {
        return new EnrollmentRow(id, courseId, userId, status, enrolledAt, completedAt, dueAt, cohortId, lessonId,
                enrolledBy, completedVersion);
    }

    EnrollmentRow rejoined(Instant now, @Nullable UUID cohort, @Nullable Instant due, @Nullable UUID by) {
        return new EnrollmentRow(id, courseId, userId, EnrollmentStatus.ACTIVE, now, null, due, cohort, lastLessonId, by, null);
    }
}
