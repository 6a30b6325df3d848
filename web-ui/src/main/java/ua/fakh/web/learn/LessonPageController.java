package ua.fakh.web.learn;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.Quizzes;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.content.LearnerAccess;
import ua.fakh.courses.content.LessonRequirement;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.ContentSecurityPolicy;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.UUID;

/**
 * {@code /courses/{id}/lessons/{lessonId}}: one lesson for its enrolled learners and the course's
 * trainers (others: 403; a course never published: 404), with "mark as done" and the way to the
 * previous and next lessons.
 */
@Hidden
@Controller("/courses/{id}/lessons/{lessonId}")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class LessonPageController {
    private final CourseRecords records;
    private final Lessons lessons;
    private final LearnerCourses learnerCourses;
    private final LearnerAccess learnerAccess;
    private final Enrollments enrollments;
    private final LessonMediaPolicy mediaPolicy;
    private final LessonTypes typeNames;
    private final Quizzes quizzes;

    LessonPageController(CourseRecords records, Lessons lessons, LearnerCourses learnerCourses,
                         LearnerAccess learnerAccess, Enrollments enrollments, LessonMediaPolicy mediaPolicy,
                         LessonTypes typeNames, Quizzes quizzes) {
        this.records = records;
        this.lessons = lessons;
        this.learnerCourses = learnerCourses;
        this.learnerAccess = learnerAccess;
        this.enrollments = enrollments;
        this.mediaPolicy = mediaPolicy;
        this.typeNames = typeNames;
        this.quizzes = quizzes;
    }

    /** Sent by "Download for offline" (offline-download.js): storing a lesson is not reading it. */
    static final String DOWNLOAD_HEADER = "X-Fakh-Download";

    @Get
    HttpResponse<?> lesson(UUID id, UUID lessonId, PageContext ctx, Caller caller, HttpRequest<?> request) {
        CourseView course = learnerCourses.course(id, caller); // 404 for a course never published
        LessonView lesson = lessons.read(lessonId, caller, ctx.locale()); // 403 unless enrolled or trainer
        if (!lesson.courseId().equals(id)) {
            throw new NotFoundException("problem.lesson.notInCourse");
        }
        if (caller.userId() != null && !request.getHeaders().contains(DOWNLOAD_HEADER)) {
            learnerAccess.lessonOpened(id, caller.userId(), lessonId); // resume here; text lessons are done by reading
        }
        EnrollmentView enrollment = learnerCourses.enrollment(id, caller).orElse(null);
        LessonRequirement requirement = records.lessonRequirements(id).stream()
                .filter(r -> r.lessonId().equals(lessonId)).findFirst().orElse(null);
        return HttpResponse.ok(Views.view("learn/lesson", ctx, new LessonModel(course, typeNames, lesson,
                MaterialLinks.forPages(lesson.html()), enrollment, requirement != null && requirement.learnerMarksDone(),
                quizzes.isQuiz(lesson.type()))))
                .header(ContentSecurityPolicy.HEADER, mediaPolicy.of(lesson));
    }

    /**
     * The lesson was read from a copy on the device while offline (its page never reached the server):
     * the same as opening it, replayed later by the outbox. Idempotent, like the page's GET.
     */
    @Post("/opened")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<Void> opened(UUID id, UUID lessonId, PageContext ctx, Caller caller) {
        learnerCourses.course(id, caller); // 404 for a course never published
        LessonView lesson = lessons.read(lessonId, caller, ctx.locale()); // 403 unless enrolled or trainer
        if (!lesson.courseId().equals(id)) {
            throw new NotFoundException("problem.lesson.notInCourse");
        }
        if (caller.userId() != null) {
            learnerAccess.lessonOpened(id, caller.userId(), lessonId);
        }
        return HttpResponse.noContent();
    }

    /** Marks the lesson done for the caller's enrollment and comes back to it. */
    @Post("/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> done(UUID id, UUID lessonId, Caller caller) {
        EnrollmentView enrollment = learnerCourses.enrollment(id, caller)
                .orElseThrow(() -> new ForbiddenException("problem.lesson.enrolToMark"));
        enrollments.completeLesson(enrollment.id(), lessonId, caller);
        return HttpResponse.seeOther(URI.create("/courses/" + id + "/lessons/" + lessonId + "?notice=done"));
    }
}
