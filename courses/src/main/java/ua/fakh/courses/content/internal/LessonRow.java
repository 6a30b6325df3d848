package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("course_lessons")
record LessonRow(@Id UUID id, UUID courseId, UUID sectionId, int position, String title, @Nullable String titleEn,
                 String type, String content, boolean required, boolean deleted) {
}
