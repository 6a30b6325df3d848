package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.content.LessonOutline;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The course page: the course, the caller's enrollment (if any), whether they train it, and a notice or an error. */
public record CourseModel(CourseView course, LessonTypes typeNames, @Nullable EnrollmentView enrollment, boolean trainer,
                          @Nullable String notice, @Nullable String error) {

    public boolean enrolled() {
        return enrollment != null;
    }

    public boolean mayRead() {
        return enrolled() || trainer;
    }

    public boolean done(UUID lessonId) {
        return doneLessons().contains(lessonId);
    }

    private Set<UUID> doneLessons() {
        return enrollment == null ? Set.of() : enrollment.lessons().stream().filter(EnrollmentView.LessonDone::done)
                .map(EnrollmentView.LessonDone::lessonId).collect(Collectors.toSet());
    }

    /** Where "continue" leads: the first lesson not done, else the first lesson. */
    public @Nullable UUID resumeLessonId() {
        if (enrollment != null && enrollment.resumeLessonId() != null) {
            return enrollment.resumeLessonId();
        }
        return course.sections().stream().flatMap(s -> s.lessons().stream()).map(LessonOutline::id).findFirst().orElse(null);
    }

    public boolean overdue() {
        return enrollment != null && enrollment.overdue();
    }
}
