package ua.fakh.core.errors.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.FakhException;

/**
 * Routes Fakh's own refusals and the security filter's to their handlers as global error routes, which
 * Micronaut tries before it looks for an {@code ExceptionHandler} bean. That look-up is not cached (its
 * qualifier, {@code ClosestTypeArgumentQualifier}, has no {@code equals}): it scanned every bean definition
 * on each 4xx and churned the bean context's 30-entry candidate cache. Profiled in perf/README.md
 * ("Session 12"); the handlers stay the one place that shapes each answer.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class ProblemRoutes {
    private final FakhExceptionHandler fakh;
    private final AuthorizationProblemHandler authorization;

    ProblemRoutes(FakhExceptionHandler fakh, AuthorizationProblemHandler authorization) {
        this.fakh = fakh;
        this.authorization = authorization;
    }

    @Error(global = true, exception = FakhException.class)
    HttpResponse<?> refused(HttpRequest<?> request, FakhException refusal) {
        return fakh.handle(request, refusal);
    }

    @Error(global = true, exception = AuthorizationException.class)
    HttpResponse<?> unauthorized(HttpRequest<?> request, AuthorizationException refusal) {
        return authorization.handle(request, refusal);
    }
}
