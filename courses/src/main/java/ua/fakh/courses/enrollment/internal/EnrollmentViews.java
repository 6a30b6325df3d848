package ua.fakh.courses.enrollment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.users.PersonName;
import ua.fakh.core.users.Users;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.LessonRequirement;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Enrollments with their progress: percent of the published version's lessons done, where to resume,
 * and the effective due date. Built for many enrollments at once with one query per table (a
 * course's roster of hundreds must not cost hundreds of queries).
 */
@Singleton
class EnrollmentViews {
    private final ProgressRepository progress;
    private final CohortRepository cohorts;
    private final CourseRecords courses;
    private final Users users;
    private final Clock clock;

    EnrollmentViews(ProgressRepository progress, CohortRepository cohorts, CourseRecords courses, Users users,
                    Clock clock) {
        this.progress = progress;
        this.cohorts = cohorts;
        this.courses = courses;
        this.users = users;
        this.clock = clock;
    }

    EnrollmentView view(EnrollmentRow row) {
        return views(List.of(row)).get(0);
    }

    List<EnrollmentView> views(List<EnrollmentRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LessonRequirement>> lessonsByCourse = new HashMap<>();
        rows.stream().map(EnrollmentRow::courseId).distinct()
                .forEach(course -> lessonsByCourse.put(course, courses.lessonRequirements(course)));
        Map<UUID, Set<UUID>> doneByEnrollment = progress.findByEnrollmentIdIn(rows.stream().map(EnrollmentRow::id).toList())
                .stream().collect(Collectors.groupingBy(ProgressRow::enrollmentId,
                        Collectors.mapping(ProgressRow::lessonId, Collectors.toSet())));
        Map<UUID, PersonName> people = users.names(rows.stream().map(EnrollmentRow::userId).toList());
        List<UUID> cohortIds = rows.stream().map(EnrollmentRow::cohortId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, Instant> cohortDue = new HashMap<>();
        if (!cohortIds.isEmpty()) {
            cohorts.findByIdIn(cohortIds).stream().filter(c -> c.dueAt() != null).forEach(c -> cohortDue.put(c.id(), c.dueAt()));
        }
        Instant now = clock.instant();
        return rows.stream().map(row -> view(row, lessonsByCourse.get(row.courseId()),
                doneByEnrollment.getOrDefault(row.id(), Set.of()), people.get(row.userId()),
                effectiveDue(row, cohortDue), now)).toList();
    }

    /** The one rule for a due date: the person's own, else their cohort's (read now, so a changed cohort date reaches everyone). */
    private static Instant effectiveDue(EnrollmentRow row, Map<UUID, Instant> cohortDue) {
        if (row.dueAt() != null) {
            return row.dueAt();
        }
        return row.cohortId() == null ? null : cohortDue.get(row.cohortId());
    }

    private static EnrollmentView view(EnrollmentRow row, List<LessonRequirement> lessons, Set<UUID> done, PersonName person,
                                       Instant dueAt, Instant now) {
        List<EnrollmentView.LessonDone> states = lessons.stream()
                .map(l -> new EnrollmentView.LessonDone(l.lessonId(), done.contains(l.lessonId()))).toList();
        long doneCount = states.stream().filter(EnrollmentView.LessonDone::done).count();
        int percent = states.isEmpty() ? 0 : (int) Math.floor(100.0 * doneCount / states.size());
        // an optional lesson (a pre-test) never stands in the way: resume at the first required lesson not done
        UUID resume = lessons.stream().filter(l -> l.requiredForCompletion() && !done.contains(l.lessonId()))
                .map(LessonRequirement::lessonId).findFirst()
                .orElseGet(() -> states.stream().filter(s -> !s.done()).map(EnrollmentView.LessonDone::lessonId).findFirst()
                        .orElse(row.lastLessonId()));
        boolean overdue = row.status() == EnrollmentStatus.ACTIVE && dueAt != null && dueAt.isBefore(now);
        return new EnrollmentView(row.id(), row.courseId(), row.userId(), person == null ? "" : person.fullName(),
                row.status(), percent, states, row.enrolledAt(), row.completedAt(), dueAt, row.cohortId(), resume,
                person == null ? "" : person.email(), overdue, row.dueAt());
    }
}
