package ua.fakh.web.page;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import ua.fakh.core.errors.ConstraintFieldErrors;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a refused form (core's {@link ValidationException}, any problem naming fields, or a
 * bean-validation failure) into one message per field, in the page's language: {@code invalid.<field>}
 * (or an area's own prefix) from the bundle when it has one, else the service's own (English)
 * wording, so that no error is ever lost. List indexes ({@code outcomes[2]}) share one message.
 */
public final class FormErrors {
    private FormErrors() {
    }

    /** Whether this exception describes invalid fields that a form can show next to them. */
    public static boolean isFieldProblem(RuntimeException e) {
        return e instanceof ConstraintViolationException || e instanceof FakhException problem && !problem.fieldErrors().isEmpty();
    }

    public static Map<String, String> of(RuntimeException e, PageContext page) {
        return of(e, page, "invalid.");
    }

    /** As {@link #of(RuntimeException, PageContext)} with the messages under {@code keyPrefix<field>}. */
    public static Map<String, String> of(RuntimeException e, PageContext page, String keyPrefix) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof FakhException problem) {
            for (FieldError error : problem.fieldErrors()) {
                errors.putIfAbsent(error.field(), message(page, keyPrefix, error.field(), error.message(), error.argumentArray()));
            }
        } else if (e instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                String field = lastNode(violation.getPropertyPath());
                FieldError error = ConstraintFieldErrors.of(field, violation);
                errors.putIfAbsent(field, message(page, keyPrefix, field, error.message(), error.argumentArray()));
            }
        }
        return errors;
    }

    /**
     * As {@link #of(RuntimeException, PageContext)}, but a service's own specific message key (such as
     * {@code problem.field.edrpouTaken}) wins over the form's general {@code invalid.<field>} hint, which
     * still stands in for a bare constraint ({@code problem.constraint.*}) or a message without a key.
     */
    public static Map<String, String> specific(RuntimeException e, PageContext page) {
        Map<String, String> errors = of(e, page);
        if (e instanceof FakhException problem) {
            java.util.Set<String> done = new java.util.HashSet<>();
            for (FieldError error : problem.fieldErrors()) {
                String key = error.message();
                boolean specific = key.startsWith("problem.field.") && !page.t(key).equals(key);
                if (specific && done.add(error.field())) {
                    errors.put(error.field(), page.t(key, error.argumentArray()));
                }
            }
        }
        return errors;
    }

    public static String message(PageContext page, String field, String fallback) {
        return message(page, "invalid.", field, fallback);
    }

    private static String message(PageContext page, String keyPrefix, String field, String fallback, Object... arguments) {
        String key = keyPrefix + field.replaceAll("\\[\\d+]", "");
        String localized = page.t(key);
        return localized.equals(key) ? page.t(fallback, arguments) : localized; // the fallback may itself be a key (problem.field.*)
    }

    private static String lastNode(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                name = node.getName();
            }
        }
        return name;
    }
}
