package ua.fakh.web.page;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a refused form (core's {@link ValidationException} or a bean-validation failure) into one
 * message per field, in the page's language: {@code invalid.<field>} from the bundle when it has
 * one, else the service's own (English) wording, so that no error is ever lost.
 */
public final class FormErrors {
    private FormErrors() {
    }

    /** Whether this exception describes invalid fields that a form can show next to them. */
    public static boolean isFieldProblem(RuntimeException e) {
        return e instanceof ValidationException || e instanceof ConstraintViolationException;
    }

    public static Map<String, String> of(RuntimeException e, PageContext page) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof ValidationException invalid) {
            for (FieldError error : invalid.fieldErrors()) {
                errors.putIfAbsent(error.field(), message(page, error.field(), error.message()));
            }
        } else if (e instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                String field = lastNode(violation.getPropertyPath());
                errors.putIfAbsent(field, message(page, field, violation.getMessage()));
            }
        }
        return errors;
    }

    public static String message(PageContext page, String field, String fallback) {
        String key = "invalid." + field;
        String localized = page.t(key);
        return localized.equals(key) ? fallback : localized;
    }

    private static String lastNode(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
