package ua.fakh.courses.attendance.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("course_attendance_rules")
record RuleRow(@Id UUID courseId, int presentPercent, UUID updatedBy, Instant updatedAt) {
}
