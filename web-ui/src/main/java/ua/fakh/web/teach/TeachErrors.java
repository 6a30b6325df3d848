package ua.fakh.web.teach;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.FieldError;
import ua.fakh.web.page.PageContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused trainer form as one message per field: {@code teach.invalid.<field>} in the page's
 * language when the bundle has it, else the service's own wording, so no reason is ever lost.
 * Lesson content fields arrive as {@code content.<name>}.
 */
final class TeachErrors {
    private TeachErrors() {
    }

    /** Whether the exception names fields a form can show its messages next to. */
    static boolean isFieldProblem(RuntimeException e) {
        return e instanceof ConstraintViolationException || e instanceof FakhException f && !f.fieldErrors().isEmpty();
    }

    static Map<String, String> of(RuntimeException e, PageContext page) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof FakhException problem) {
            for (FieldError error : problem.fieldErrors()) {
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

    private static String message(PageContext page, String field, String fallback) {
        String key = "teach.invalid." + field.replaceAll("\\[\\d+]", "");
        String localized = page.t(key);
        return localized.equals(key) ? fallback : localized;
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
