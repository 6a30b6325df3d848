package ua.fakh.core.errors.internal;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * 401 for a missing or bad token, 403 for a valid token without the right role, as problem+json
 * (or, for pages, whatever {@link ua.fakh.core.errors.ErrorPageRenderer} decides: sign-in redirect, 403 page).
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    private final ErrorResponseProcessor<?> processor;

    AuthorizationProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        HttpStatus status = exception.isForbidden() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
        MutableHttpResponse<?> base = HttpResponse.status(status);
        if (status == HttpStatus.UNAUTHORIZED) {
            base.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return processor.processResponse(ErrorContext.builder(request).build(), base);
    }
}
