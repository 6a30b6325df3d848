package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record EnrollmentView(UUID id, UUID courseId, UUID userId, EnrollmentStatus status, Instant enrolledAt,
                             @Nullable Instant completedAt) {
}
