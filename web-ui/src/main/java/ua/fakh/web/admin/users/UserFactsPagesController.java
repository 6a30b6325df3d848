package ua.fakh.web.admin.users;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.ProfileFacts;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.web.admin.OrganizationPickers;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;
import ua.fakh.web.profile.ProfileFactsErrors;
import ua.fakh.web.profile.ProfileFactsFields;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code POST /admin/users/{id}/facts}: an administrator sets a person's position and years of experience (when asked for). */
@Hidden
@Controller("/admin/users/{id}/facts")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserFactsPagesController {
    private final Users users;
    private final ProfileFacts profileFacts;
    private final OrganizationPickers pickers;
    private final AnalystScopeInput analystScope;

    UserFactsPagesController(Users users, ProfileFacts profileFacts, OrganizationPickers pickers, AnalystScopeInput analystScope) {
        this.users = users;
        this.profileFacts = profileFacts;
        this.pickers = pickers;
        this.analystScope = analystScope;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable UUID id, @Body ProfileFactsFields form, PageContext page, Caller caller) {
        UserView user = users.get(id, caller);
        try {
            profileFacts.set(id, form.facts(), caller);
            return HttpResponse.seeOther(URI.create("/admin/users/" + id + "/edit?saved=yes#facts"));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            UserEditModel model = new UserEditModel(user, user.fullName(), user.locale(),
                    pickers.picker("organizationId", null, user.organizationId(), false),
                    user.roles().stream().map(Enum::name).collect(Collectors.toSet()), Map.of(), id.equals(caller.userId()),
                    analystScope.current(id));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("admin/user", page,
                    new UserEditPage(model, false, form, ProfileFactsErrors.of(refused, form, page))));
        }
    }
}
