package ua.fakh.core.errors.internal;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import ua.fakh.core.errors.ErrorPageRenderer;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.ConstraintFieldErrors;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where a failure becomes a response: Micronaut's own handlers (malformed JSON,
 * conversion, validation, 404/405/413/415) and ours all end here. Browser page requests get a page.
 * A failure to reach the database becomes 503 with {@code Retry-After} instead of 500.
 */
@Primary
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Object> {
    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    /** For a value Micronaut could not convert: its own message names Java types. */
    private static final String UNREADABLE = "problem.field.unreadable";

    private final Optional<ErrorPageRenderer> pages;
    private final LocaleChoice locales;
    private static final Object[] NO_ARGUMENTS = {};
    private final Messages messages;

    ProblemResponseProcessor(Optional<ErrorPageRenderer> pages, LocaleChoice locales, Messages messages) {
        this.pages = pages;
        this.locales = locales;
        this.messages = messages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpRequest<?> request = context.getRequest();
        boolean outage = base.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR
                && context.getRootCause().map(DatabaseOutage::isCause).orElse(false);
        if (outage) {
            base.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        HttpStatus status = base.getStatus();
        // a detail that is a bundle key (problem.*) is answered in the caller's language; any other stays as it is
        Object[] arguments = context.getRootCause().filter(FakhException.class::isInstance)
                .map(cause -> ((FakhException) cause).arguments()).orElse(NO_ARGUMENTS);
        String key = outage ? "problem.databaseUnavailable" : detail(context, status);
        String detail = messages.get(locales.of(request), key, arguments);
        if (pages.isPresent() && pages.get().wantsPage(request)) {
            MutableHttpResponse<?> page = pages.get().render(request, status, detail, key);
            base.getHeaders().forEach((name, values) -> values.forEach(v -> page.header(name, v)));
            return (MutableHttpResponse<Object>) page;
        }
        String type = context.getRootCause().filter(FakhException.class::isInstance)
                .map(cause -> ((FakhException) cause).problemType()).orElse(FakhException.GENERIC_TYPE);
        Problem problem = new Problem(type, status.getReason(), status.getCode(), detail,
                localized(fieldErrors(context), locales.of(request)));
        MutableHttpResponse<Object> response = (MutableHttpResponse<Object>) base;
        response.body(problem);
        return response.contentType(PROBLEM_JSON);
    }

    private static String detail(ErrorContext context, HttpStatus status) {
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isPresent() && cause.get() instanceof FakhException fakh) {
            // Fakh's own refusals carry a bundle key, worded for people even when the fault is elsewhere (a 502)
            return fakh.getMessage();
        }
        if (status.getCode() >= 500) {
            // never echo internals: the log has the stack trace
            return "problem.generic.serverError";
        }
        if (status == HttpStatus.NOT_FOUND) {
            return "problem.generic.notFound";
        }
        if (status == HttpStatus.UNAUTHORIZED) {
            return "problem.generic.unauthorized";
        }
        if (status == HttpStatus.FORBIDDEN) {
            return "problem.generic.forbidden";
        }
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            return "problem.generic.tooLarge"; // Micronaut's own text names its configuration properties
        }
        if (!fieldErrors(context).isEmpty()) {
            return "problem.generic.invalidFields";
        }
        // Micronaut's own messages name routes, Java types and arguments: a client gets a plain sentence
        return status == HttpStatus.BAD_REQUEST ? "problem.generic.unreadable"
                : status.getReason();
    }

    /** A field message that is a key of a bundle ({@code problem.field.*}) in the caller's language; any other as it is. */
    private List<FieldError> localized(List<FieldError> errors, java.util.Locale locale) {
        return errors.stream().map(e -> new FieldError(e.field(), messages.get(locale, e.message(), e.argumentArray()))).toList();
    }

    private static List<FieldError> fieldErrors(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof FakhException fakh) {
            return fakh.fieldErrors();
        }
        if (cause instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream()
                    .map(v -> ConstraintFieldErrors.of(fieldName(v.getPropertyPath().toString()), v))
                    .sorted(java.util.Comparator.comparing(FieldError::field))
                    .toList();
        }
        List<FieldError> fields = new ArrayList<>();
        for (Error error : context.getErrors()) {
            error.getPath().ifPresent(path -> fields.add(new FieldError(fieldName(path), UNREADABLE)));
        }
        return fields;
    }

    /** {@code create.request.email} (method, parameter, field) becomes {@code email}. */
    static String fieldName(String path) {
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
