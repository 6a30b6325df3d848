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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.AttendanceMarks;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.courses.enrollment.NewSession;
import ua.fakh.courses.meetings.MeetingRooms;
import ua.fakh.courses.meetings.SessionMode;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /teach/courses/{id}/cohorts/{cohortId}}: members, in-person sessions, the attendance grid and the cohort's due date. */
@Hidden
@Controller("/teach/courses/{id}/cohorts/{cohortId}")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class CohortPageController {
    private final TaughtCourses courses;
    private final Cohorts cohorts;
    private final Enrollments enrollments;
    private final MeetingRooms meetings;

    CohortPageController(TaughtCourses courses, Cohorts cohorts, Enrollments enrollments, MeetingRooms meetings) {
        this.courses = courses;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.meetings = meetings;
    }

    @Get
    HttpResponse<?> show(UUID id, UUID cohortId, @Nullable @QueryValue String saved, PageContext ctx, Caller caller) {
        String notice = "attendance".equals(saved) ? "assessment.attendance.saved"
                : "allPresent".equals(saved) ? "assessment.attendance.allPresentSaved" : null;
        return HttpResponse.ok(page(id, cohortId, ctx, caller, Map.of(), notice));
    }

    @Post("/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addSession(UUID id, UUID cohortId, @Body SessionForm form, PageContext ctx, Caller caller) {
        cohort(id, cohortId, caller);
        try {
            var day = CohortsPageController.day(form.day(), "startsAt");
            if (day == null) {
                throw ValidationException.of("startsAt", "problem.field.chooseDay");
            }
            LocalTime time = form.time() == null || form.time().isBlank() ? LocalTime.of(10, 0) : LocalTime.parse(form.time().strip());
            BigDecimal hours = new BigDecimal(form.hours() == null || form.hours().isBlank() ? "0" : form.hours().strip().replace(',', '.'));
            cohorts.addSession(cohortId, new NewSession(form.title() == null ? "" : form.title(),
                    day.atTime(time).atZone(KyivTime.ZONE).toInstant(), hours, form.place(), mode(form.mode()),
                    form.meetingProvider(), form.meetingUrl()), caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/cohorts/" + cohortId));
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            return refused(id, cohortId, ctx, caller, Map.of("startsAt", ctx.t("assessment.session.unreadable")));
        } catch (ValidationException | ConstraintViolationException invalid) {
            return refused(id, cohortId, ctx, caller, FormErrors.of(invalid, ctx));
        }
    }

    /**
     * The whole grid at once: a ticked box is present, an unticked one absent, for every member and
     * session shown. Saving the same grid again gives the same marks.
     */
    @Post("/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> attendance(UUID id, UUID cohortId, @Body Map<String, String> form, Caller caller) {
        CohortView cohort = cohort(id, cohortId, caller);
        List<EnrollmentView> members = enrollments.roster(id, cohortId, caller);
        for (CohortView.Session session : cohort.sessions()) {
            List<UUID> present = new ArrayList<>();
            List<UUID> absent = new ArrayList<>();
            for (EnrollmentView member : members) {
                (form.containsKey(AttendanceField.name(session.id(), member.id())) ? present : absent).add(member.id());
            }
            cohorts.markAttendance(session.id(), new AttendanceMarks(present, absent), caller);
        }
        return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/cohorts/" + cohortId + "?saved=attendance"));
    }

    @Post("/due")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> due(UUID id, UUID cohortId, @Body EnrollmentsPageController.DueForm form, PageContext ctx, Caller caller) {
        cohort(id, cohortId, caller);
        try {
            cohorts.setDue(cohortId, DueDates.parse(form.due(), "dueAt"), caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/cohorts/" + cohortId));
        } catch (ValidationException invalid) {
            return refused(id, cohortId, ctx, caller, FormErrors.of(invalid, ctx));
        }
    }

    /** The form's choice; anything unknown counts as in person, the form's default. */
    private static SessionMode mode(@Nullable String chosen) {
        for (SessionMode mode : SessionMode.values()) {
            if (mode.name().equals(chosen)) {
                return mode;
            }
        }
        return SessionMode.IN_PERSON;
    }

    private CohortView cohort(UUID courseId, UUID cohortId, Caller caller) {
        CohortView cohort = cohorts.get(cohortId, caller);
        if (!cohort.courseId().equals(courseId)) {
            throw new NotFoundException("problem.cohort.notInCourse");
        }
        return cohort;
    }

    private HttpResponse<?> refused(UUID id, UUID cohortId, PageContext ctx, Caller caller, Map<String, String> errors) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, cohortId, ctx, caller, errors, null));
    }

    private Object page(UUID id, UUID cohortId, PageContext ctx, Caller caller, Map<String, String> errors, @Nullable String notice) {
        TaughtCourse course = courses.open(id, caller, ctx);
        CohortView cohort = cohort(id, cohortId, caller);
        return Views.view("assess/cohort", ctx, new CohortModel(course, cohort, enrollments.roster(id, cohortId, caller),
                cohorts.attendance(cohortId, caller), errors, notice, meetings.choices(ctx.locale())));
    }

    @Serdeable
    record SessionForm(@Nullable String title, @Nullable String day, @Nullable String time, @Nullable String hours,
                       @Nullable String place, @Nullable String mode, @Nullable String meetingProvider, @Nullable String meetingUrl) {
    }
}
