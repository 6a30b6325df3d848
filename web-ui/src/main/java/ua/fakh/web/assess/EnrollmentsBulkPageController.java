package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.BulkChange;
import ua.fakh.courses.enrollment.BulkSelection;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.FormIds;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The enrollments tab's bulk actions: a due date for the learners ticked (or a whole cohort), and
 * their withdrawal after a confirmation page that names them. The answer says how many changed.
 * Ticked learners arrive as {@code pick-<enrollment id>} fields; the confirmation carries them on
 * as {@code ids}, comma-separated.
 */
@Hidden
@Controller("/teach/courses/{id}/enrolments")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class EnrollmentsBulkPageController {
    private static final String PICK = "pick-";

    private final EnrollmentsPage pages;
    private final TaughtCourses courses;
    private final Enrollments enrollments;

    EnrollmentsBulkPageController(EnrollmentsPage pages, TaughtCourses courses, Enrollments enrollments) {
        this.pages = pages;
        this.courses = courses;
        this.enrollments = enrollments;
    }

    /** {@code action=due} sets the due date at once; {@code action=withdraw} asks for confirmation first. */
    @Post("/bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bulk(UUID id, @Body Map<String, String> form, PageContext ctx, Caller caller) {
        List<UUID> picked = form.keySet().stream().filter(k -> k.startsWith(PICK))
                .map(k -> FormIds.orNull(k.substring(PICK.length()))).filter(java.util.Objects::nonNull).toList();
        try {
            UUID cohort = FormIds.optional(form.get("cohort"), "cohortId");
            if ("withdraw".equals(form.get("action"))) {
                return confirmation(id, picked, cohort, ctx, caller);
            }
            BulkChange change = enrollments.setDue(id, new BulkSelection(picked, cohort,
                    DueDates.parse(form.get("due"), "due")), caller);
            return done(id, "due", change);
        } catch (ValidationException invalid) {
            return refused(id, invalid, ctx, caller);
        }
    }

    @Post("/bulk-withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(UUID id, @Body Map<String, String> form, PageContext ctx, Caller caller) {
        String ids = form.getOrDefault("ids", "");
        List<UUID> picked = Arrays.stream(ids.split(",")).map(FormIds::orNull).filter(java.util.Objects::nonNull).toList();
        try {
            UUID cohort = FormIds.optional(form.get("cohort"), "cohortId");
            return done(id, "withdrawn", enrollments.withdraw(id, new BulkSelection(picked, cohort, null), caller));
        } catch (ValidationException invalid) {
            return refused(id, invalid, ctx, caller);
        }
    }

    /** Names the learners who would be withdrawn; nothing changes until the trainer confirms. */
    private HttpResponse<?> confirmation(UUID id, List<UUID> picked, @Nullable UUID cohort, PageContext ctx, Caller caller) {
        if (picked.isEmpty() && cohort == null) {
            throw ValidationException.of("enrollmentIds", "problem.field.selectLearners");
        }
        TaughtCourse course = courses.open(id, caller, ctx);
        List<EnrollmentView> chosen = enrollments.roster(id, null, caller).stream()
                .filter(e -> picked.contains(e.id()) || cohort != null && cohort.equals(e.cohortId())).toList();
        List<EnrollmentView> leaving = chosen.stream().filter(e -> e.status() == EnrollmentStatus.ACTIVE).toList();
        return HttpResponse.ok(Views.view("assess/enrolments-withdraw", ctx, new WithdrawalModel(course, leaving,
                chosen.size() - leaving.size(), String.join(",", picked.stream().map(UUID::toString).toList()),
                cohort == null ? "" : cohort.toString())));
    }

    private static HttpResponse<?> done(UUID id, String what, BulkChange change) {
        return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/enrolments?done=" + what + "&changed="
                + change.changed() + "&unchanged=" + change.unchanged() + "#bulk"));
    }

    private HttpResponse<?> refused(UUID id, ValidationException invalid, PageContext ctx, Caller caller) {
        String message = String.join(" ", FormErrors.of(invalid, ctx, "assessment.bulk.invalid.").values());
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(pages.view(id, ctx, caller, null, "", null, null, message));
    }
}
