package ua.fakh.web.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import ua.fakh.core.security.TokenClaims;
import ua.fakh.core.users.OneTimePasswords;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.PagePaths;
import ua.fakh.web.page.RequestFacts;

import java.net.URI;
import java.util.UUID;

/**
 * Someone signed in with a one-time password sees only the "set your password" page: every other
 * page sends them there (303), and comes back to where they were going once it is done. Signing in
 * as someone else, signing out and switching the language stay possible. The API has its own gate in core (403 problem+json).
 */
@ServerFilter(patternStyle = FilterPatternStyle.REGEX, value = PagePaths.PAGE_REGEX)
final class OneTimePasswordPageGate implements Ordered {
    private final OneTimePasswords oneTimePasswords;

    OneTimePasswordPageGate(OneTimePasswords oneTimePasswords) {
        this.oneTimePasswords = oneTimePasswords;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.equals(SetPasswordController.PATH) || path.equals("/signin") || path.equals("/signout") || path.startsWith("/lang/")) {
            return null;
        }
        Object uid = request.getUserPrincipal(Authentication.class).map(a -> a.getAttributes().get(TokenClaims.USER_ID)).orElse(null);
        if (uid == null || !oneTimePasswords.changeRequired(userId(uid))) {
            return null;
        }
        String next = request.getMethod() == HttpMethod.GET ? RequestFacts.pathAndQuery(request) : "/";
        return HttpResponse.seeOther(URI.create(SetPasswordController.PATH + "?next=" + PageContext.encode(next)));
    }

    private static UUID userId(Object uid) {
        try {
            return UUID.fromString(uid.toString());
        } catch (IllegalArgumentException notOurs) {
            return new UUID(0, 0); // nobody: the caller binder refuses such a token
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
