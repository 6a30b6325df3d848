package ua.fakh.courses.enrollment.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("lesson_progress")
record ProgressRow(@Id UUID id, UUID enrollmentId, UUID lessonId, Instant doneAt) {
}
