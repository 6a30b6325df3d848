package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An enrollment with its progress through the latest published version of the course. {@code dueAt}
 * is the effective due date: the enrollment's own, else its cohort's; every reader (roster, overdue
 * marks, learner pages, reports) uses it. {@code ownDueAt} is the date set for this person alone
 * (null: the cohort's date applies, also after the cohort's date changes). {@code overdue} says the
 * effective date passed while the enrollment is still active.
 */
@Serdeable
public record EnrollmentView(UUID id, UUID courseId, UUID userId, String learnerName, EnrollmentStatus status,
                             int progressPercent, List<LessonDone> lessons, Instant enrolledAt,
                             @Nullable Instant completedAt, @Nullable Instant dueAt, @Nullable UUID cohortId,
                             @Nullable UUID resumeLessonId, String learnerEmail, boolean overdue,
                             @Nullable Instant ownDueAt) {

    /** A view whose due date, if any, is the person's own (for callers that build views themselves). */
    public EnrollmentView(UUID id, UUID courseId, UUID userId, String learnerName, EnrollmentStatus status,
                          int progressPercent, List<LessonDone> lessons, Instant enrolledAt, @Nullable Instant completedAt,
                          @Nullable Instant dueAt, @Nullable UUID cohortId, @Nullable UUID resumeLessonId,
                          String learnerEmail, boolean overdue) {
        this(id, courseId, userId, learnerName, status, progressPercent, lessons, enrolledAt, completedAt, dueAt, cohortId,
                resumeLessonId, learnerEmail, overdue, dueAt);
    }

    /** The ids of the lessons done, as a set: for callers that ask of many lessons (a page, the completion rule). */
    public Set<UUID> doneLessonIds() {
        return lessons.stream().filter(LessonDone::done).map(LessonDone::lessonId).collect(Collectors.toUnmodifiableSet());
    }

    @Serdeable
    public record LessonDone(UUID lessonId, boolean done) {
    }
}
