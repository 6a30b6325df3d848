package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.Users;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.courses.enrollment.NewCohort;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /teach/courses/{id}/cohorts}: the course's cohorts and a new one; each cohort's page is {@link CohortPageController}. */
@Hidden
@Controller("/teach/courses/{id}/cohorts")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class CohortsPageController {
    private final TaughtCourses courses;
    private final Cohorts cohorts;
    private final Users users;

    CohortsPageController(TaughtCourses courses, Cohorts cohorts, Users users) {
        this.courses = courses;
        this.cohorts = cohorts;
        this.users = users;
    }

    @Get
    HttpResponse<?> list(UUID id, PageContext ctx, Caller caller) {
        return HttpResponse.ok(page(id, ctx, caller, Map.of(), null));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(UUID id, @Body CohortForm form, PageContext ctx, Caller caller) {
        try {
            if (form.name() == null || form.name().isBlank()) {
                throw ValidationException.of("name", "problem.constraint.NotBlank");
            }
            NewCohort cohort = new NewCohort(form.name(), day(form.startsOn(), "startsOn"), day(form.endsOn(), "endsOn"),
                    DueDates.parse(form.due(), "dueAt"), minimum(form.minAttendancePercent()), null);
            CohortView created = cohorts.create(id, cohort, caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/cohorts/" + created.id()));
        } catch (ValidationException | ConstraintViolationException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(page(id, ctx, caller, FormErrors.of(invalid, ctx), form.name()));
        }
    }

    private Object page(UUID id, PageContext ctx, Caller caller, Map<String, String> errors, @Nullable String name) {
        TaughtCourse course = courses.open(id, caller, ctx);
        List<CohortView> list = cohorts.ofCourse(id, caller);
        var trainers = users.findAll(list.stream().flatMap(c -> c.trainerIds().stream()).toList());
        return Views.view("assess/cohorts", ctx, new CohortsModel(course, list, trainers, errors, name));
    }

    @Serdeable
    record CohortForm(@Nullable String name, @Nullable String startsOn, @Nullable String endsOn, @Nullable String due,
                      @Nullable String minAttendancePercent) {
    }

    @Nullable
    static LocalDate day(@Nullable String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "problem.field.notADate");
        }
    }

    @Nullable
    private static Integer minimum(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("minAttendancePercent", "problem.field.wholeNumberBetween", 0, 100);
        }
    }
}
