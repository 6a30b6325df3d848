package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("course_sections")
record SectionRow(@Id UUID id, UUID courseId, int position, String title, @Nullable String titleEn, boolean deleted) {
}
