package ua.fakh.web.learn;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.ArrayList;
import java.util.List;

/** {@code /learning}: the learner's courses, how far they are, what is due, and a way back in. */
@Hidden
@Controller("/learning")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class LearningPageController {
    private final Enrollments enrollments;
    private final CourseCatalog courses;

    LearningPageController(Enrollments enrollments, CourseCatalog courses) {
        this.enrollments = enrollments;
        this.courses = courses;
    }

    @Get
    HttpResponse<?> learning(PageContext ctx, Caller caller) {
        List<LearningModel.Row> rows = new ArrayList<>();
        for (EnrollmentView enrollment : enrollments.mine(caller)) {
            try {
                CourseView course = courses.published(enrollment.courseId(), caller);
                rows.add(new LearningModel.Row(enrollment, Texts.title(ctx, course.title(), course.titleEn()),
                        course.providerName()));
            } catch (NotFoundException gone) {
                // a course that is no longer published has nothing to continue; the enrollment stays in the records
            }
        }
        return HttpResponse.ok(Views.view("learn/learning", ctx, new LearningModel(rows)));
    }
}
