package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.Gradebook;
import ua.fakh.courses.assessment.Gradebooks;
import ua.fakh.courses.enrollment.Completions;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One query for the roster (and its bulk lookups), one for every attempt of it: no query per learner. */
@Singleton
class GradebookService implements Gradebooks {
    private final Enrollments enrollments;
    private final AttemptRepository attempts;
    private final CourseQuizzes quizzes;
    private final AttemptQuestions json;
    private final GradeOverrideRepository overrides;
    private final Completions completions;

    GradebookService(Enrollments enrollments, AttemptRepository attempts, CourseQuizzes quizzes, AttemptQuestions json,
                     GradeOverrideRepository overrides, Completions completions) {
        this.enrollments = enrollments;
        this.overrides = overrides;
        this.completions = completions;
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Gradebook gradebook(UUID courseId, @Nullable UUID cohortId, Caller trainer) {
        quizzes.requireTrainer(courseId, trainer);
        List<EnrollmentView> roster = enrollments.roster(courseId, cohortId, trainer);
        List<Gradebook.Quiz> columns = quizzes.of(courseId, trainer);
        Map<UUID, LearnerGrades> grades = gradesOf(roster, attempts, json);
        List<UUID> ids = roster.stream().map(EnrollmentView::id).toList();
        Map<UUID, Gradebook.Override> overridden = ids.isEmpty() ? Map.of() : overrides.findByEnrollmentIdIn(ids).stream()
                .collect(Collectors.toMap(GradeOverrideRow::enrollmentId, GradeOverrideService::view));
        Map<UUID, Completions.AttendanceSummary> attendance = completions.attendance(ids);
        List<Gradebook.Row> rows = roster.stream().map(e -> {
            LearnerGrades g = grades.get(e.id());
            List<Gradebook.Grade> cells = columns.stream()
                    .map(q -> new Gradebook.Grade(q.lessonId(), g.percent(q.lessonId()), g.attempts(q.lessonId()),
                            g.offlineAttempts(q.lessonId()))).toList();
            Gradebook.Override override = overridden.get(e.id());
            Completions.AttendanceSummary a = attendance.get(e.id());
            return new Gradebook.Row(e.id(), e.userId(), e.learnerName(), e.learnerEmail(), e.status(), e.progressPercent(),
                    e.cohortId(), e.dueAt(), e.overdue(), cells, override != null ? Double.valueOf(override.percent()) : g.result(),
                    g.result(), override,
                    a == null ? null : new Gradebook.Attendance(a.attended(), a.sessions(), a.percent(), a.requiredPercent()));
        }).toList();
        return new Gradebook(courseId, cohortId, columns, rows);
    }

    /** Enrollment id → its grades, from one query over the roster's attempts. */
    static Map<UUID, LearnerGrades> gradesOf(List<EnrollmentView> roster, AttemptRepository attempts, AttemptQuestions json) {
        List<UUID> ids = roster.stream().map(EnrollmentView::id).toList();
        Map<UUID, List<AttemptRow>> byEnrollment = ids.isEmpty() ? Map.of()
                : attempts.findByEnrollmentIdIn(ids).stream().collect(Collectors.groupingBy(AttemptRow::enrollmentId));
        return ids.stream().collect(Collectors.toMap(id -> id,
                id -> LearnerGrades.of(byEnrollment.getOrDefault(id, List.of()), json)));
    }
}
