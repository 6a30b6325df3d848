package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;

import java.util.List;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class EnrollmentController {
    private final Enrollments enrollments;

    EnrollmentController(Enrollments enrollments) {
        this.enrollments = enrollments;
    }

    /** Self-enrolment: 201 the first time, 200 with the same enrolment after. */
    @Post("/api/courses/{courseId}/enrollments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<EnrollmentView> enrol(UUID courseId, @Nullable @Body SelfEnrolment body, Caller caller) {
        boolean before = enrollments.mine(caller).stream().anyMatch(e -> e.courseId().equals(courseId)
                && e.status() != ua.fakh.courses.enrollment.EnrollmentStatus.WITHDRAWN);
        EnrollmentView enrollment = enrollments.enrolSelf(courseId, body == null ? null : body.key(), caller);
        return before ? HttpResponse.ok(enrollment) : HttpResponse.created(enrollment);
    }

    @Get("/api/me/enrollments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<EnrollmentView> mine(Caller caller) {
        return enrollments.mine(caller);
    }

    @Serdeable
    record SelfEnrolment(@Nullable String key) {
    }
}
