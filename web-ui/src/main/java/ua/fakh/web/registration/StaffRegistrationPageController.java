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
import ua.fakh.core.common.NulCharacter;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.registration.BulkRegistrationReport;
import ua.fakh.courses.registration.EventView;
import ua.fakh.courses.registration.Registrations;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.FormIds;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Pager;
import ua.fakh.web.page.Views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code /hr/events/{cohortId}}: HR picks people of its organisation (the staff list it may read, learners
 * only) and registers them at once; the answer reports each person: a seat, a place in line, or why not.
 */
@Hidden
@Controller("/hr/events/{cohortId}")
@Produces(MediaType.TEXT_HTML)
@Secured({"HR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffRegistrationPageController {
    private static final String PICK = "pick-";
    private static final int PAGE_SIZE = 50;

    private final Registrations registrations;
    private final Users users;

    StaffRegistrationPageController(Registrations registrations, Users users) {
        this.registrations = registrations;
        this.users = users;
    }

    @Get
    HttpResponse<?> show(UUID cohortId, @Nullable @QueryValue String q, @Nullable @QueryValue Integer page, PageContext ctx,
                         Caller caller) {
        return HttpResponse.ok(page(cohortId, q, page, null, null, ctx, caller));
    }

    /** The picked boxes, in the order the list showed them, are the lines of the request. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(UUID cohortId, @Body Map<String, String> form, PageContext ctx, Caller caller) {
        List<UUID> picked = form.keySet().stream().filter(k -> k.startsWith(PICK))
                .map(k -> FormIds.orNull(k.substring(PICK.length()))).filter(Objects::nonNull).toList();
        String q = form.get("q");
        if (q != null && NulCharacter.in(q)) {
            throw ValidationException.of("q", "problem.nul"); // PostgreSQL refuses it in a search
        }
        if (picked.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(page(cohortId, q, null, null, ctx.t("events.staff.pickSomeone"), ctx, caller));
        }
        try {
            BulkRegistrationReport report = registrations.registerMany(cohortId, picked, caller).localized(ctx::t);
            return HttpResponse.ok(page(cohortId, q, null, report, null, ctx, caller));
        } catch (ConflictException refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(cohortId, q, null, null, ctx.t(refused.getMessage()), ctx, caller));
        }
    }

    private Object page(UUID cohortId, @Nullable String q, @Nullable Integer page, @Nullable BulkRegistrationReport report,
                        @Nullable String error, PageContext ctx, Caller caller) {
        EventView event = registrations.event(cohortId, caller);
        EventModel model = new EventModel(event, Texts.title(ctx, event.courseTitle(), event.courseTitleEn()), true, null, null);
        String query = q == null ? "" : q.strip();
        PageView<UserView> found = users.search(query.isEmpty() ? null : query, page, PAGE_SIZE, caller);
        List<UserView> staff = found.content().stream()
                .filter(u -> u.status() == UserStatus.ACTIVE && u.roles().contains(Role.LEARNER)).toList();
        Map<UUID, String> names = new HashMap<>();
        if (report != null) {
            List<UUID> ids = report.lines().stream().filter(l -> !"REFUSED".equals(l.outcome())) // never name someone outside HR's scope
                    .map(l -> FormIds.orNull(l.value())).filter(Objects::nonNull).toList();
            users.findAll(ids).forEach((id, user) -> names.put(id, user.fullName()));
        }
        Pager pager = Pager.of(found, p -> "/hr/events/" + cohortId + "?q=" + PageContext.encode(query) + "&page=" + p);
        return Views.view("registration/staff", ctx, new StaffRegistrationModel(model, staff, pager, query, report, names, error));
    }
}
