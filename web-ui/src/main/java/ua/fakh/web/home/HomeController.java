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
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.TokenClaims;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.Optional;
import java.util.UUID;

/** {@code /}: what Fakh is for a visitor; a greeting and the way on for someone signed in. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {
    private final Users users;
    private final Organizations organizations;

    HomeController(Users users, Organizations organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    @Get
    HttpResponse<?> home(PageContext page, @Nullable Authentication authentication) {
        HomeModel model = Optional.ofNullable(authentication)
                .map(a -> a.getAttributes().get(TokenClaims.USER_ID))
                .flatMap(uid -> users.find(UUID.fromString(uid.toString())))
                .map(user -> new HomeModel(user.fullName(), organizationName(user, page), user.roles().stream().map(Enum::name).sorted().toList()))
                .orElse(HomeModel.VISITOR);
        return HttpResponse.ok(Views.view("home", page, model));
    }

    private String organizationName(UserView user, PageContext page) {
        return organizations.find(user.organizationId()).map(page::name).orElse(null);
    }
}
