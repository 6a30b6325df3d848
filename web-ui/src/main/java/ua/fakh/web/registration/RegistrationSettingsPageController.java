package ua.fakh.web.registration;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.registration.RegistrationList;
import ua.fakh.courses.registration.RegistrationSettings;
import ua.fakh.courses.registration.Registrations;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;
import ua.fakh.web.teach.TeachAccess;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /teach/courses/{id}/cohorts/{cohortId}/registration}: a course trainer opens registration for
 * the cohort (seats, closing day and time, open or not) and sees who holds a seat and who waits.
 */
@Hidden
@Controller("/teach/courses/{id}/cohorts/{cohortId}/registration")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistrationSettingsPageController {
    private final TeachAccess access;
    private final Cohorts cohorts;
    private final Registrations registrations;
    private final Clock clock;

    RegistrationSettingsPageController(TeachAccess access, Cohorts cohorts, Registrations registrations, Clock clock) {
        this.access = access;
        this.cohorts = cohorts;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(UUID id, UUID cohortId, @Nullable @QueryValue String saved, PageContext ctx, Caller caller) {
        RegistrationList list = list(cohortId, caller);
        return HttpResponse.ok(page(id, cohortId, list, RegistrationSettingsModel.formOf(list, clock.instant()), Map.of(),
                saved == null ? null : "events.settings.saved", ctx, caller));
    }

    /** Every wrong field is reported at once: what cannot be read here, and what the service refuses. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(UUID id, UUID cohortId, @Body Map<String, String> form, PageContext ctx, Caller caller) {
        cohort(id, cohortId, caller);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer capacity = capacity(form.get("capacity"), errors, ctx);
        Instant closesAt = closesAt(form.get("day"), form.get("time"), errors, ctx);
        try {
            registrations.configure(cohortId, new RegistrationSettings(capacity, closesAt, form.containsKey("open")), caller);
            if (errors.isEmpty()) {
                return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/cohorts/" + cohortId + "/registration?saved=1"));
            }
        } catch (ValidationException invalid) {
            FormErrors.of(invalid, ctx, "events.invalid.").forEach(errors::putIfAbsent);
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .body(page(id, cohortId, list(cohortId, caller), form, errors, null, ctx, caller));
    }

    @Nullable
    private static Integer capacity(@Nullable String text, Map<String, String> errors, PageContext ctx) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException unreadable) {
            errors.put("capacity", ctx.t("events.invalid.capacity"));
            return null;
        }
    }

    @Nullable
    private static Instant closesAt(@Nullable String day, @Nullable String time, Map<String, String> errors, PageContext ctx) {
        try {
            if (day == null || day.isBlank()) {
                return null;
            }
            LocalTime at = time == null || time.isBlank() ? LocalTime.of(23, 59) : LocalTime.parse(time.strip());
            return LocalDate.parse(day.strip()).atTime(at).atZone(KyivTime.ZONE).toInstant();
        } catch (DateTimeParseException unreadable) {
            errors.put("closesAt", ctx.t("events.invalid.closesAt"));
            return null;
        }
    }

    @Nullable
    private RegistrationList list(UUID cohortId, Caller caller) {
        try {
            return registrations.list(cohortId, caller);
        } catch (NotFoundException notOpened) {
            return null;
        }
    }

    private CohortView cohort(UUID courseId, UUID cohortId, Caller caller) {
        CohortView cohort = cohorts.get(cohortId, caller);
        if (!cohort.courseId().equals(courseId)) {
            throw new NotFoundException("problem.cohort.notInCourse");
        }
        return cohort;
    }

    private Object page(UUID id, UUID cohortId, @Nullable RegistrationList list, Map<String, String> form, Map<String, String> errors,
                        @Nullable String notice, PageContext ctx, Caller caller) {
        CourseView course = access.editable(id, caller);
        return Views.view("registration/settings", ctx, new RegistrationSettingsModel(id,
                Texts.title(ctx, course.title(), course.titleEn()), cohort(id, cohortId, caller), list, form, errors, notice));
    }
}
