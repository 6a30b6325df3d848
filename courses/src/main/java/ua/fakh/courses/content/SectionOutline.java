package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

@Serdeable
public record SectionOutline(UUID id, String title, @Nullable String titleEn, List<LessonOutline> lessons) {
}
