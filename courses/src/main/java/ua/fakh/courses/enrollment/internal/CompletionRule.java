package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.LessonRequirement;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.MissingRequirement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The course's completion rule said once: every lesson required for completion done (a passed quiz
 * counts as done; a pre-test is never required), and for a member of a blended cohort with a minimum,
 * attendance of at least that many percent of the sessions held; and every online session's attendance
 * counted (over and measured), so a certificate's hours include each day attended. {@link CompletionCheck} completes an
 * enrollment when nothing is missing; the learner's page and the trainer read the same list.
 */
@Singleton
class CompletionRule {
    private final ProgressRepository progress;
    private final CohortAttendance attendance;
    private final CourseRecords courses;
    private final Clock clock;

    CompletionRule(ProgressRepository progress, CohortAttendance attendance, CourseRecords courses, Clock clock) {
        this.progress = progress;
        this.attendance = attendance;
        this.courses = courses;
        this.clock = clock;
    }

    /** What is missing (in the course's order, attendance last), and the cohort attendance when there is a cohort. */
    record Verdict(List<MissingRequirement> missing, @Nullable UUID nextRequiredLessonId,
                   @Nullable CohortAttendance.Reading attendance) {
    }

    Verdict evaluate(EnrollmentRow row) {
        return evaluate(row.id(), row.courseId(), row.cohortId(),
                () -> progress.findByEnrollmentId(row.id()).stream().map(ProgressRow::lessonId).collect(Collectors.toSet()));
    }

    /** The same rule over the progress a view already holds: the learner's course page reads it once, not twice. */
    Verdict evaluate(EnrollmentView view) {
        return evaluate(view.id(), view.courseId(), view.cohortId(), view::doneLessonIds);
    }

    private Verdict evaluate(UUID enrollmentId, UUID courseId, @Nullable UUID cohortId, Supplier<Set<UUID>> lessonsDone) {
        List<LessonRequirement> lessons = courses.lessonRequirements(courseId);
        List<MissingRequirement> missing = new ArrayList<>();
        UUID next = null;
        if (lessons.isEmpty()) {
            missing.add(MissingRequirement.noLessons());
        } else {
            Set<UUID> done = lessonsDone.get();
            List<LessonRequirement> open = lessons.stream()
                    .filter(l -> l.requiredForCompletion() && !done.contains(l.lessonId())).toList();
            if (!open.isEmpty()) {
                next = open.get(0).lessonId();
                for (LessonRequirement lesson : open) {
                    missing.add(MissingRequirement.lesson(kind(lesson), lesson.lessonId(), lesson.title(), lesson.titleEn()));
                }
            }
        }
        CohortAttendance.Reading reading = cohortId == null ? null : attendance.read(cohortId, enrollmentId, clock.instant());
        CohortAttendance.Standing standing = reading == null ? null : reading.standing();
        if (standing != null && !standing.meetsMinimum()) {
            missing.add(MissingRequirement.attendance(standing.attended(), standing.held(), standing.percent(), standing.minimum()));
        } else if (reading != null && reading.awaitingMeasurement() > 0) {
            missing.add(MissingRequirement.attendancePending(reading.awaitingMeasurement()));
        }
        return new Verdict(List.copyOf(missing), next, reading);
    }

    private static MissingRequirement.Kind kind(LessonRequirement lesson) {
        if (lesson.completesWhenOpened()) {
            return MissingRequirement.Kind.OPEN_LESSON;
        }
        return lesson.learnerMarksDone() ? MissingRequirement.Kind.COMPLETE_LESSON : MissingRequirement.Kind.PASS_LESSON;
    }
}
