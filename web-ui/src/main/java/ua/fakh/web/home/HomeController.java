package ua.fakh.web.home;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.security.TokenClaims;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@code /}: what Fakh is for a visitor; for someone signed in a greeting, what is due and the next session, and the way on. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {
    private final Users users;
    private final Organizations organizations;
    private final LearnerAgenda agenda;
    private final AnalyticsScopes scopes;

    HomeController(Users users, Organizations organizations, LearnerAgenda agenda, AnalyticsScopes scopes) {
        this.scopes = scopes;
        this.users = users;
        this.organizations = organizations;
        this.agenda = agenda;
    }

    @Get
    HttpResponse<?> home(PageContext page, @Nullable Authentication authentication, @Nullable Caller caller) {
        HomeModel model = Optional.ofNullable(authentication)
                .map(a -> a.getAttributes().get(TokenClaims.USER_ID))
                .flatMap(uid -> users.find(UUID.fromString(uid.toString())))
                .map(user -> model(user, page, caller))
                .orElse(HomeModel.VISITOR);
        return HttpResponse.ok(Views.view("home", page, model));
    }

    private HomeModel model(UserView user, PageContext page, @Nullable Caller caller) {
        List<String> roles = user.roles().stream().map(Enum::name).sorted().toList();
        if (caller == null) {
            return new HomeModel(user.fullName(), organizationName(user, page), roles, List.of(), null, false);
        }
        Map<UUID, String> titles = LearnerAgenda.titles();
        return new HomeModel(user.fullName(), organizationName(user, page), roles, agenda.due(caller, page, titles),
                agenda.nextSession(caller, page, titles).orElse(null), waitsForScope(caller));
    }

    /** An ANALYST (not also an ADMIN, who counts everything) whose scope no administrator has chosen yet. */
    private boolean waitsForScope(Caller caller) {
        return caller.has(Role.ANALYST) && !caller.isAdmin() && caller.userId() != null
                && scopes.analystScope(caller.userId()).isEmpty();
    }

    private String organizationName(UserView user, PageContext page) {
        return organizations.find(user.organizationId()).map(page::name).orElse(null);
    }
}
