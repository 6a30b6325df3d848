package ua.fakh.web.quiz;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.QuizPreviews;
import ua.fakh.courses.assessment.QuizRefusedException;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;
import ua.fakh.web.teach.TeachAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /teach/courses/{id}/lessons/{lessonId}/quiz-preview}: a course's trainer (with or without the
 * LEARNER role) takes the quiz as a learner would and sees the result and the review; nothing is
 * recorded. The page carries the draw (seed and question versions) from the questions to the result.
 */
@Hidden
@Controller("/teach/courses/{id}/lessons/{lessonId}/quiz-preview")
@Produces(MediaType.TEXT_HTML)
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class QuizPreviewController {
    private final TeachAccess access;
    private final Lessons lessons;
    private final QuizPreviews previews;
    private final QuizQuestions questions;

    QuizPreviewController(TeachAccess access, Lessons lessons, QuizPreviews previews, QuizQuestions questions) {
        this.access = access;
        this.lessons = lessons;
        this.previews = previews;
        this.questions = questions;
    }

    @Get
    HttpResponse<?> questions(UUID id, UUID lessonId, PageContext ctx, Caller caller) {
        CourseView course = access.editable(id, caller);
        LessonView lesson = lessonOf(course, lessonId, caller, ctx);
        try {
            QuizPreviews.QuizPreview preview = previews.draw(lessonId, caller, ctx.locale());
            return HttpResponse.ok(Views.view("quiz/preview", ctx, new PreviewModel(course, lesson, preview,
                    questions.of(preview.attempt(), ctx.locale(), Map.of(), Map.of()), Map.of(),
                    questions.scripts(preview.attempt()), null)));
        } catch (QuizRefusedException refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(Views.view("quiz/preview", ctx,
                    new PreviewModel(course, lesson, null, List.of(), Map.of(), List.of(), "quiz.preview.refused." + refused.reason().name())));
        }
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> result(UUID id, UUID lessonId, @Body Map<String, Object> body, PageContext ctx, Caller caller) {
        CourseView course = access.editable(id, caller);
        LessonView lesson = lessonOf(course, lessonId, caller, ctx);
        FormFields form = FormFields.of(body);
        QuizPreviews.QuizPreview preview = previews.grade(lessonId, seed(form.first("seed")), questionIds(form.all("q")), form,
                caller, ctx.locale());
        return HttpResponse.ok(Views.view("quiz/preview", ctx, new PreviewModel(course, lesson, preview,
                questions.of(preview.attempt(), ctx.locale(), Map.of(), Map.of()), questions.reviews(preview.attempt(), ctx.locale()),
                List.of(), null)));
    }

    private LessonView lessonOf(CourseView course, UUID lessonId, Caller caller, PageContext ctx) {
        LessonView lesson = lessons.read(lessonId, caller, ctx.locale());
        if (!lesson.courseId().equals(course.id())) {
            throw new NotFoundException("problem.quiz.notInCourse");
        }
        return lesson;
    }

    private static long seed(String raw) {
        try {
            return raw == null ? 0 : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<UUID> questionIds(List<String> raw) {
        List<UUID> ids = new ArrayList<>();
        for (String id : raw) {
            try {
                ids.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException notAnId) {
                // a page edited by hand: the question is left out
            }
        }
        return ids;
    }
}
