package ua.fakh.core.users.internal;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import ua.fakh.core.security.TokenClaims;
import ua.fakh.core.users.OneTimePasswords;
import ua.fakh.core.users.PasswordChangeRequiredException;

import java.util.UUID;

/**
 * The API refuses everything (403 problem+json, "password change required") to someone still
 * holding a one-time password, except reading who they are and setting their own password. Runs
 * after the security filter, so only authenticated calls cost the look-up. The pages have their
 * own gate, which leads to the "set your password" page instead.
 */
@ServerFilter("/api/**")
final class OneTimePasswordGate implements Ordered {
    private final OneTimePasswords oneTimePasswords;

    OneTimePasswordGate(OneTimePasswords oneTimePasswords) {
        this.oneTimePasswords = oneTimePasswords;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void check(HttpRequest<?> request) {
        Object uid = request.getUserPrincipal(Authentication.class).map(a -> a.getAttributes().get(TokenClaims.USER_ID)).orElse(null);
        if (uid == null || allowed(request)) {
            return;
        }
        UUID userId;
        try {
            userId = UUID.fromString(uid.toString());
        } catch (IllegalArgumentException notOurs) {
            return; // the caller binder refuses such a token
        }
        if (oneTimePasswords.changeRequired(userId)) {
            throw new PasswordChangeRequiredException();
        }
    }

    private static boolean allowed(HttpRequest<?> request) {
        String path = request.getPath();
        HttpMethod method = request.getMethod();
        return path.equals("/api/me") && method == HttpMethod.GET
                || path.equals("/api/me/password") && method == HttpMethod.POST;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
