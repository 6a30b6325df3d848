package ua.fakh.core.errors.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.TooManyRequestsException;

/** Maps our own exception hierarchy to its status; the body is made by {@link ProblemResponseProcessor}. */
@Produces
@Singleton
@Requires(classes = {FakhException.class, ExceptionHandler.class})
final class FakhExceptionHandler implements ExceptionHandler<FakhException, HttpResponse<?>> {
    private final ErrorResponseProcessor<?> processor;

    FakhExceptionHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, FakhException exception) {
        MutableHttpResponse<?> base = HttpResponse.status(exception.status());
        if (exception instanceof TooManyRequestsException tooMany) {
            base.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(), base);
    }
}
