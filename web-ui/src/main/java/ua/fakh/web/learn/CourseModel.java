package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.content.LessonOutline;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.enrollment.CompletionStanding;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.MissingRequirement;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The course page: the course, the caller's enrollment (if any) and where it stands against the completion
 * rule (what is missing, in the page's language; the in-person sessions with the learner's attendance),
 * whether they train it, and a notice or an error.
 */
public record CourseModel(CourseView course, LessonTypes typeNames, @Nullable EnrollmentView enrollment, boolean trainer,
                          @Nullable String notice, @Nullable String error, @Nullable CompletionStanding standing,
                          Set<UUID> doneLessons) {

    /** The lessons done, gathered once: the page asks once per lesson (perf/README.md, "Session 13"). */
    public CourseModel(CourseView course, LessonTypes typeNames, @Nullable EnrollmentView enrollment, boolean trainer,
                       @Nullable String notice, @Nullable String error, @Nullable CompletionStanding standing) {
        this(course, typeNames, enrollment, trainer, notice, error, standing,
                enrollment == null ? Set.of() : enrollment.doneLessonIds());
    }

    public boolean completed() {
        return enrollment != null && enrollment.status() == EnrollmentStatus.COMPLETED;
    }

    /** What completion still needs, in the page's words (nothing once completed). */
    public List<MissingRequirement> missing() {
        return standing == null ? List.of() : standing.missing();
    }

    public @Nullable CompletionStanding.Attendance attendance() {
        return standing == null ? null : standing.attendance();
    }

    /** Kyiv date and time of a session, as the trainer entered it. */
    public static String when(CompletionStanding.Session session) {
        return KyivTime.dateTime(session.startsAt());
    }

    /** {@code present}, {@code absent} or {@code unmarked}: the learner's own mark for a session. */
    public static String mark(CompletionStanding.Session session) {
        return session.present() == null ? "unmarked" : session.present() ? "present" : "absent";
    }

    public boolean enrolled() {
        return enrollment != null;
    }

    public boolean mayRead() {
        return enrolled() || trainer;
    }

    public boolean done(UUID lessonId) {
        return doneLessons.contains(lessonId);
    }

    /**
     * Where "continue" leads: the first required lesson not done (an optional pre-test never holds the
     * way), else the first lesson not done, else the first lesson. Null when only in-person attendance
     * is missing: there is nothing to continue online.
     */
    public @Nullable UUID resumeLessonId() {
        if (standing != null && !completed()) {
            if (standing.nextRequiredLessonId() != null) {
                return standing.nextRequiredLessonId();
            }
            if (!standing.missing().isEmpty()) {
                return null;
            }
        }
        if (enrollment != null && enrollment.resumeLessonId() != null) {
            return enrollment.resumeLessonId();
        }
        return course.sections().stream().flatMap(s -> s.lessons().stream()).map(LessonOutline::id).findFirst().orElse(null);
    }

    public boolean overdue() {
        return enrollment != null && !completed() && enrollment.overdue();
    }
}
