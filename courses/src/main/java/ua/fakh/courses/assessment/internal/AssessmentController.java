package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AnswerOrigin;
import ua.fakh.courses.assessment.AnswerSaved;
import ua.fakh.courses.assessment.AttemptResult;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.Attempts;
import ua.fakh.courses.assessment.BankImport;
import ua.fakh.courses.assessment.NewQuestion;
import ua.fakh.courses.assessment.OfflineWindow;
import ua.fakh.courses.assessment.QuestionBank;
import ua.fakh.courses.assessment.QuestionView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApiProblems.SignedIn
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AssessmentController {
    /** The header that carries an offline window's token with each answer of its attempt. */
    static final String OFFLINE_WINDOW = "X-Offline-Window";

    private final QuestionBank bank;
    private final Attempts attempts;
    private final LocaleChoice locales;

    AssessmentController(QuestionBank bank, Attempts attempts, LocaleChoice locales) {
        this.bank = bank;
        this.attempts = attempts;
        this.locales = locales;
    }

    @Operation(summary = "Imports questions into a course's bank from GIFT text.")
    @ApiProblems.Upload
    @Post("/api/courses/{courseId}/questions/import")
    @Consumes({MediaType.TEXT_PLAIN, "text/x-gift"})
    @Secured({"TRAINER", "ADMIN"})
    BankImport importGift(UUID courseId, @Body String gift, Caller caller, HttpRequest<?> request) {
        return bank.importGift(courseId, gift, caller, locales.of(request));
    }

    @Operation(summary = "A course's question bank.")
    @Get("/api/courses/{courseId}/questions")
    @Secured({"TRAINER", "ADMIN"})
    List<QuestionView> questions(UUID courseId, @Nullable @QueryValue String category, Caller caller) {
        return bank.list(courseId, category, caller);
    }

    @Operation(summary = "A course's question bank as GIFT text.")
    @ApiResponse(responseCode = "200", description = "The questions in GIFT format.",
            content = @Content(mediaType = "text/plain; charset=UTF-8", schema = @Schema(type = "string")))
    @Get(value = "/api/courses/{courseId}/questions.gift", produces = MediaType.TEXT_PLAIN)
    @Secured({"TRAINER", "ADMIN"})
    String exportGift(UUID courseId, Caller caller) {
        return bank.exportGift(courseId, caller);
    }

    @Operation(summary = "Adds a question to a course's bank.")
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/courses/{courseId}/questions")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<QuestionView> create(UUID courseId, @Body @Valid NewQuestion body, Caller caller) {
        return HttpResponse.created(bank.create(courseId, body, caller));
    }

    @Operation(summary = "Changes a question, as a new version.")
    @Put("/api/questions/{id}")
    @Secured({"TRAINER", "ADMIN"})
    QuestionView update(UUID id, @Body @Valid NewQuestion body, Caller caller) {
        return bank.update(id, body, caller);
    }

    @Operation(summary = "One question.")
    @Get("/api/questions/{id}")
    @Secured({"TRAINER", "ADMIN"})
    QuestionView question(UUID id, Caller caller) {
        return bank.get(id, caller);
    }

    /** 204; 409 while a quiz asks the question or an attempt took it. */
    @Operation(summary = "Deletes a question.")
    @ApiProblems.Conflict
    @ApiResponse(responseCode = "204", description = "Done.")
    @Delete("/api/questions/{id}")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> delete(UUID id, Caller caller) {
        bank.delete(id, caller);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Starts an attempt at a quiz.")
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/lessons/{lessonId}/attempts")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<AttemptView> start(UUID lessonId, Caller caller, HttpRequest<?> request) {
        return HttpResponse.created(attempts.start(lessonId, caller, locales.of(request)));
    }

    /**
     * An attempt to take offline: its window (deadline, token, questions). 409 {@code problem.quiz.notOffline}
     * when the trainers did not allow it; a second call gives the same window.
     */
    @Operation(summary = "Starts an attempt to be taken offline, with its window.")
    @ApiProblems.Conflict
    @Post("/api/lessons/{lessonId}/offline-window")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    OfflineWindow offlineWindow(UUID lessonId, Caller caller, HttpRequest<?> request) {
        return attempts.offlineWindow(lessonId, caller, locales.of(request));
    }

    /**
     * 204; the same seq again, or an older one, changes nothing; 200 {@code {"late": true}} when it arrived
     * after the time but was saved before ({@code savedAt}, epoch ms); 409 once it cannot count. An offline
     * attempt's answers carry its window's token in {@code X-Offline-Window} (else 422).
     */
    @Operation(summary = "Saves an answer to one question of an attempt.")
    @ApiProblems.Conflict
    @ApiProblems.Unprocessable
    @ApiResponse(responseCode = "200", description = "Arrived after the time but saved before it (`savedAt`): kept, answered `{\"late\": true}`.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "204", description = "Saved.")
    @Put("/api/attempts/{id}/answers/{questionId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> answer(UUID id, UUID questionId, @Body @Valid AnswerRequest body,
                           @Nullable @Header(OFFLINE_WINDOW) String window, Caller caller) {
        AnswerSaved saved = attempts.saveAnswer(id, questionId, body.response(), body.seq(),
                AnswerOrigin.of(body.savedAt(), window), caller);
        return saved.late() ? HttpResponse.ok(Map.of("late", true)) : HttpResponse.noContent();
    }

    @Operation(summary = "Submits an attempt for scoring.")
    @Post("/api/attempts/{id}/submit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    AttemptResult submit(UUID id, Caller caller) {
        return attempts.submit(id, caller);
    }

    @Operation(summary = "One attempt with its questions and answers.")
    @Get("/api/attempts/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    AttemptView get(UUID id, Caller caller, HttpRequest<?> request) {
        return attempts.get(id, caller, locales.of(request));
    }

    @Operation(summary = "Grades an answer by hand.")
    @Post("/api/attempts/{id}/answers/{questionId}/grade")
    @Secured({"TRAINER", "ADMIN"})
    AttemptResult grade(UUID id, UUID questionId, @Body @Valid GradeRequest body, Caller caller) {
        return attempts.gradeAnswer(id, questionId, body.score(), body.comment(), caller);
    }

    /** {@code savedAt}: epoch ms when the device saved it (its clock corrected to the server's). */
    @Serdeable
    record AnswerRequest(@NotNull Map<String, Object> response, @NotNull Long seq, @Nullable Long savedAt) {
    }

    @Serdeable
    record GradeRequest(@NotNull Double score, @Nullable @Size(max = 5000) String comment) {
    }
}
