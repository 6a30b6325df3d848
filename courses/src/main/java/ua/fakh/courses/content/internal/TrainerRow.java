package ua.fakh.courses.content.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("course_trainers")
record TrainerRow(@Id UUID id, UUID courseId, UUID userId) {
}
