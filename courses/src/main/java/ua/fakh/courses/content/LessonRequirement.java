package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * What progress and completion need to know of a lesson of the published version: whether it must be
 * done for the course to complete, whether opening it does it, and whether the learner may tick it; its
 * title, so what is missing can be named without reading the course again.
 */
public record LessonRequirement(UUID lessonId, boolean requiredForCompletion, boolean completesWhenOpened,
                                boolean learnerMarksDone, String title, @Nullable String titleEn) {
}
