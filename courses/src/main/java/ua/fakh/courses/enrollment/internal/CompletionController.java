package ua.fakh.courses.enrollment.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.CompletionStanding;
import ua.fakh.courses.enrollment.Completions;

import java.util.Locale;
import java.util.UUID;

/** What an enrollment still lacks for completion (in the caller's language), and the trainer's "all present". */
@ApiProblems.SignedIn
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CompletionController {
    private final Completions completions;
    private final Cohorts cohorts;
    private final LocaleChoice locales;
    private final Messages messages;

    CompletionController(Completions completions, Cohorts cohorts, LocaleChoice locales, Messages messages) {
        this.completions = completions;
        this.cohorts = cohorts;
        this.locales = locales;
        this.messages = messages;
    }

    /** The learner themself or a trainer of the course; each missing requirement carries its sentence as {@code text}. */
    @Operation(summary = "What an enrolment still needs for completion.")
    @Get("/api/enrollments/{id}/completion")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CompletionStanding completion(UUID id, HttpRequest<?> request, Caller caller) {
        CompletionStanding standing = completions.standing(id, caller);
        Locale locale = locales.of(request);
        return new CompletionStanding(standing.enrollmentId(), standing.courseId(), standing.status(), standing.completedAt(),
                standing.missing().stream().map(m -> m.in(messages, locale)).toList(), standing.nextRequiredLessonId(),
                standing.attendance());
    }

    @Operation(summary = "Marks every member present at a session.")
    @Post("/api/sessions/{id}/attendance/all-present")
    @Secured({"TRAINER", "ADMIN"})
    Marked allPresent(UUID id, Caller caller) {
        return new Marked(cohorts.markAllPresent(id, caller));
    }

    @Serdeable
    record Marked(int present) {
    }
}
