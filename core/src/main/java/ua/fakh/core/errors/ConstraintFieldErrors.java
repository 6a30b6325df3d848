package ua.fakh.core.errors;

import jakarta.validation.ConstraintViolation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * A broken bean-validation constraint as a field message in the reader's language: one bundle key
 * per kind of constraint ({@code problem.constraint.NotBlank}, {@code …Size}) with the constraint's
 * limits as its arguments, instead of the validator's English sentence. The one place that says it,
 * for the API's problems and the pages' forms alike.
 */
public final class ConstraintFieldErrors {
    private static final String PREFIX = "problem.constraint.";
    /** A constraint's {@code message = "{problem.field.x}"}: a bundle key more precise than its kind's sentence. */
    private static final Pattern OWN_KEY = Pattern.compile("\\{(problem\\.[\\w.]+)}");
    private static final Set<String> WITHOUT_ARGUMENTS = Set.of("NotBlank", "NotNull", "NotEmpty", "Email", "Pattern",
            "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "Past", "PastOrPresent", "Future", "FutureOrPresent",
            "Digits", "AssertTrue", "AssertFalse");
    private static final Set<String> WITH_VALUE = Set.of("Min", "Max", "DecimalMin", "DecimalMax");

    private ConstraintFieldErrors() {
    }

    public static FieldError of(String field, ConstraintViolation<?> violation) {
        Matcher own = OWN_KEY.matcher(violation.getMessageTemplate() == null ? "" : violation.getMessageTemplate());
        if (own.matches()) {
            return FieldError.of(field, own.group(1)); // the constraint names its own sentence, e.g. which languages
        }
        String kind = violation.getConstraintDescriptor() == null || violation.getConstraintDescriptor().getAnnotation() == null
                ? "" : violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> limits = violation.getConstraintDescriptor() == null ? Map.of() : violation.getConstraintDescriptor().getAttributes();
        if (kind.equals("Size")) {
            int min = number(limits.get("min"), 0);
            int max = number(limits.get("max"), Integer.MAX_VALUE);
            return min == 0 ? FieldError.of(field, key("SizeMax"), max) : FieldError.of(field, key("Size"), min, max);
        }
        if (WITH_VALUE.contains(kind) && limits.get("value") != null) {
            return FieldError.of(field, key(kind), limits.get("value"));
        }
        return FieldError.of(field, key(WITHOUT_ARGUMENTS.contains(kind) ? kind : "invalid"));
    }

    /** {@code problem.constraint.<kind>}: every kind listed here has its sentence in core's problems bundle. */
    static String key(String kind) {
        return PREFIX + kind;
    }

    private static int number(Object value, int otherwise) {
        return value instanceof Number n ? n.intValue() : otherwise;
    }
}
