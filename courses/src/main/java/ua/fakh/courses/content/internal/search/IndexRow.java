package ua.fakh.courses.content.internal.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** That a course's terms are stored, by which analysis, and the published titles the catalogue sorts by. */
@MappedEntity("course_search_index")
record IndexRow(@Id UUID courseId, int analysisVersion, String title, @Nullable String titleEn) {
}
