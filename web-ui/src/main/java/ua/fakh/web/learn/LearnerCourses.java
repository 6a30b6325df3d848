package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.enrollment.CompletionStanding;
import ua.fakh.courses.enrollment.Completions;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.PageContext;

import java.util.Optional;
import java.util.UUID;

/** A course and the caller's place in it, as the learner pages read them through the doors. */
@Singleton
class LearnerCourses {
    private final CourseCatalog catalog;
    private final CourseRecords records;
    private final Enrollments enrollments;
    private final LessonTypes typeNames;
    private final Completions completions;

    LearnerCourses(CourseCatalog catalog, CourseRecords records, Enrollments enrollments, LessonTypes typeNames,
                   Completions completions) {
        this.completions = completions;
        this.catalog = catalog;
        this.records = records;
        this.enrollments = enrollments;
        this.typeNames = typeNames;
    }

    /** Trainers see their working copy; everyone else the published version (404 when there is none). */
    CourseView course(UUID courseId, Caller caller) {
        return catalog.get(courseId, caller);
    }

    /** The caller's enrollment, unless withdrawn (then they may enroll again). */
    Optional<EnrollmentView> enrollment(UUID courseId, Caller caller) {
        if (caller.userId() == null) {
            return Optional.empty();
        }
        return enrollments.find(courseId, caller.userId()).filter(e -> e.status() != EnrollmentStatus.WITHDRAWN);
    }

    /** In one read-only transaction: the three doors' reads need one BEGIN and COMMIT, not three (perf/README.md, "Session 13"). */
    @Transactional(readOnly = true)
    public CourseModel model(UUID courseId, Caller caller, @Nullable String notice, @Nullable String error, PageContext ctx) {
        CourseView course = course(courseId, caller);
        EnrollmentView enrollment = enrollment(courseId, caller).orElse(null);
        return new CourseModel(course, typeNames, enrollment, records.mayEdit(courseId, caller), notice, error,
                enrollment == null ? null : standing(enrollment, caller, ctx));
    }

    /** The enrollment's standing with each missing requirement put in the page's language. */
    private CompletionStanding standing(EnrollmentView enrollment, Caller caller, PageContext ctx) {
        CompletionStanding s = completions.standing(enrollment, caller);
        return new CompletionStanding(s.enrollmentId(), s.courseId(), s.status(), s.completedAt(),
                s.missing().stream().map(m -> m.in(ctx.messages(), ctx.locale())).toList(), s.nextRequiredLessonId(),
                s.attendance());
    }
}
