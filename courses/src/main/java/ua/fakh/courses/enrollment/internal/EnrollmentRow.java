package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("enrollments")
record EnrollmentRow(@Id UUID id, UUID courseId, UUID userId, EnrollmentStatus status, Instant enrolledAt,
                     @Nullable Instant completedAt) {

    EnrollmentView view() {
        return new EnrollmentView(id, courseId, userId, status, enrolledAt, completedAt);
    }
}
