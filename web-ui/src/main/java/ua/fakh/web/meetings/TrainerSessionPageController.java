package ua.fakh.web.meetings;

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
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.courses.meetings.Meetings;
import ua.fakh.courses.meetings.SessionMeeting;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /teach/sessions/{id}}: the host's page during a session: a check-in code shown big enough to
 * read from a projected screen, who has joined (the page asks for {@code /joins} again every few
 * seconds), and the people who sat at someone else's device.
 */
@Hidden
@Controller("/teach/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class TrainerSessionPageController {
    static final String COMPANION = "companion.";
    private final Meetings meetings;
    private final Enrollments enrollments;

    TrainerSessionPageController(Meetings meetings, Enrollments enrollments) {
        this.meetings = meetings;
        this.enrollments = enrollments;
    }

    @Get
    HttpResponse<?> show(UUID id, @Nullable @QueryValue String saved, PageContext ctx, Caller caller) {
        String notice = "companions".equals(saved) ? "meetings.companions.saved" : null;
        return HttpResponse.ok(page(id, ctx, caller, notice, Map.of()));
    }

    /** The live list alone, for the page's refresh. */
    @Get("/joins")
    HttpResponse<?> joins(UUID id, PageContext ctx, Caller caller) {
        return HttpResponse.ok(Views.view("meetings/joins", ctx, model(id, ctx, caller, null, Map.of(), false)))
                .header("Cache-Control", "no-store");
    }

    @Post("/checkin-codes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> openCode(UUID id, @Body CodeForm form, PageContext ctx, Caller caller) {
        try {
            int minutes = form.minutes() == null || form.minutes().isBlank() ? 5 : Integer.parseInt(form.minutes().strip());
            meetings.openCheckinCode(id, minutes, caller);
            return HttpResponse.seeOther(URI.create("/teach/sessions/" + id));
        } catch (NumberFormatException unreadable) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, ctx, caller, null,
                    Map.of("minutes", ctx.t("problem.checkin.minutes", 1, 240))));
        } catch (ValidationException refused) {
            return HttpResponse.status(refused.status()).body(page(id, ctx, caller, null, FormErrors.of(refused, ctx)));
        }
    }

    /** {@code host} and a ticked {@code companion.<userId>} box per person who sat with them. */
    @Post("/companions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> companions(UUID id, @Body Map<String, String> form, PageContext ctx, Caller caller) {
        List<UUID> people = new ArrayList<>();
        UUID host;
        try {
            host = form.get("host") == null || form.get("host").isBlank() ? null : UUID.fromString(form.get("host"));
            form.keySet().stream().filter(k -> k.startsWith(COMPANION)).forEach(k -> people.add(UUID.fromString(k.substring(COMPANION.length()))));
        } catch (IllegalArgumentException unreadable) {
            host = null;
        }
        try {
            meetings.confirmCompanions(id, host, people, caller);
            return HttpResponse.seeOther(URI.create("/teach/sessions/" + id + "?saved=companions"));
        } catch (ValidationException refused) {
            return HttpResponse.status(refused.status()).body(page(id, ctx, caller, null, FormErrors.of(refused, ctx)));
        }
    }

    private Object page(UUID id, PageContext ctx, Caller caller, @Nullable String notice, Map<String, String> errors) {
        return Views.view("meetings/teach", ctx, model(id, ctx, caller, notice, errors, true));
    }

    private TrainerSessionModel model(UUID id, PageContext ctx, Caller caller, @Nullable String notice, Map<String, String> errors,
                                      boolean withMembers) {
        SessionMeeting session = meetings.session(id, caller, ctx.locale());
        if (!session.trainer()) {
            throw new ForbiddenException("problem.meeting.trainersOnly");
        }
        return new TrainerSessionModel(session, meetings.joins(id, caller),
                withMembers ? enrollments.roster(session.courseId(), session.cohortId(), caller) : List.of(), notice, errors);
    }

    @Serdeable
    record CodeForm(@Nullable String minutes) {
    }
}
