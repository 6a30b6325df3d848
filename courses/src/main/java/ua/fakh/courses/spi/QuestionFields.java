package ua.fakh.courses.spi;

import ua.fakh.core.errors.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a question's definition or a learner's response field by field, collecting every problem
 * instead of stopping at the first, so a trainer sees all of them at once. Field names in errors
 * are paths from the root: {@code definition.choices[2].text}, {@code response.choiceIds[0]}.
 * Call {@link #throwIfInvalid()} at the end.
 */
public final class QuestionFields {
    private final Map<String, Object> source;
    private final String path;
    private final String root;
    private final List<FieldError> errors;

    private QuestionFields(Map<String, Object> source, String path, String root, List<FieldError> errors) {
        this.source = source == null ? Map.of() : source;
        this.path = path;
        this.root = root;
        this.errors = errors;
    }

    public static QuestionFields definition(Map<String, Object> definition) {
        return new QuestionFields(definition, "definition", "definition", new ArrayList<>());
    }

    public static QuestionFields response(Map<String, Object> response) {
        return new QuestionFields(response, "response", "response", new ArrayList<>());
    }

    /** The value as given, or null. */
    public Object raw(String field) {
        return source.get(field);
    }

    /** Whether the field holds something other than null or blank text. */
    public boolean isPresent(String field) {
        Object value = source.get(field);
        return value != null && !(value instanceof String s && s.isBlank());
    }

    /** Text of 1..maxLength characters, trimmed; null when absent or blank (an error when required). */
    public String text(String field, boolean required, int maxLength) {
        Object value = source.get(field);
        if (!isPresent(field)) {
            if (required) {
                reject(field, "problem.field.required");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            reject(field, "problem.field.notText");
            return null;
        }
        String text = s.strip();
        if (text.length() > maxLength) {
            reject(field, "problem.field.tooLong", maxLength);
            return null;
        }
        return text;
    }

    /** Text exactly as typed (a learner's answer); null when absent or blank. */
    public String typedText(String field, int maxLength) {
        Object value = source.get(field);
        if (!isPresent(field)) {
            return null;
        }
        if (!(value instanceof String s)) {
            reject(field, "problem.field.notText");
            return null;
        }
        if (s.length() > maxLength) {
            reject(field, "problem.field.tooLong", maxLength);
            return null;
        }
        return s;
    }

    /** true or false; {@code defaultValue} when absent. */
    public boolean flag(String field, boolean defaultValue) {
        Object value = source.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof Boolean b)) {
            reject(field, "problem.field.notBoolean");
            return defaultValue;
        }
        return b;
    }

    /** A JSON number within [min, max]; null when absent (an error when required). */
    public Double number(String field, boolean required, double min, double max) {
        Object value = source.get(field);
        if (value == null) {
            if (required) {
                reject(field, "problem.field.required");
            }
            return null;
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            reject(field, "problem.field.notNumber");
            return null;
        }
        return within(field, n.doubleValue(), min, max);
    }

    /** A number, or text holding one as a person types it ({@link QuestionNumbers#parse}); null when absent or blank. */
    public Double typedNumber(String field, double min, double max) {
        Object value = source.get(field);
        if (!isPresent(field)) {
            return null;
        }
        Double number = value instanceof Number n ? Double.valueOf(n.doubleValue())
                : value instanceof String s ? QuestionNumbers.parse(s) : null;
        if (number == null || !Double.isFinite(number)) {
            reject(field, "problem.field.notNumber");
            return null;
        }
        return within(field, number, min, max);
    }

    /** A whole number within [min, max]; null when absent. */
    public Long wholeNumber(String field, long min, long max) {
        Double number = number(field, false, min, max);
        if (number == null) {
            return null;
        }
        if (number != Math.rint(number)) {
            reject(field, "problem.field.notWholeNumber");
            return null;
        }
        return number.longValue();
    }

    private Double within(String field, double value, double min, double max) {
        if (value < min || value > max) {
            reject(field, "problem.field.between", QuestionNumbers.plain(min), QuestionNumbers.plain(max));
            return null;
        }
        return value;
    }

    /** A list of min..max JSON objects, each read by its own {@code QuestionFields} (errors go to this one). */
    public List<QuestionFields> objects(String field, int min, int max) {
        Object value = source.get(field);
        if (value == null) {
            reject(field, "problem.field.required");
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            reject(field, "problem.field.notList");
            return List.of();
        }
        if (list.size() < min || list.size() > max) {
            reject(field, "problem.field.itemsBetween", min, max);
        }
        List<QuestionFields> items = new ArrayList<>();
        for (int i = 0; i < list.size() && i < max; i++) {
            String itemPath = path + "." + field + "[" + i + "]";
            if (list.get(i) instanceof Map<?, ?> map) {
                items.add(new QuestionFields(stringKeys(map), itemPath, root, errors));
            } else {
                errors.add(new FieldError(itemPath, "problem.field.notObject"));
            }
        }
        return items;
    }

    /** A list of at most {@code max} texts (ids a learner picked); empty when absent. */
    public List<String> texts(String field, int max) {
        Object value = source.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            reject(field, "problem.field.notList");
            return List.of();
        }
        if (list.size() > max) {
            reject(field, "problem.field.itemsAtMost", max);
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String s) {
                texts.add(s);
            } else {
                reject(field + "[" + i + "]", "problem.field.notText");
            }
        }
        return texts;
    }

    /** A JSON object with text keys; empty when absent. */
    public Map<String, Object> object(String field) {
        Object value = source.get(field);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            reject(field, "problem.field.notObject");
            return Map.of();
        }
        return stringKeys(map);
    }

    /**
     * The {@code id} of each item: kept when given (well formed and unique), generated when absent.
     * Given ids are collected first, so a generated one never clashes with a later given one.
     */
    public static List<String> ids(List<QuestionFields> items) {
        Set<String> taken = new HashSet<>();
        for (QuestionFields item : items) {
            Object id = item.source.get("id");
            if (id == null || (id instanceof String s && s.isBlank())) {
                continue;
            }
            if (!(id instanceof String s) || !QuestionIds.isWellFormed(s)) {
                item.reject("id", "problem.field.badItemId");
            } else if (!taken.add(s)) {
                item.reject("id", "problem.field.usedTwice");
            }
        }
        List<String> ids = new ArrayList<>();
        for (QuestionFields item : items) {
            Object id = item.source.get("id");
            if (id instanceof String s && !s.isBlank()) {
                ids.add(s);
            } else {
                String fresh = QuestionIds.fresh(taken);
                taken.add(fresh);
                ids.add(fresh);
            }
        }
        return ids;
    }

    /** Refuses {@code field} with the message under {@code key} (the plugin's own bundle), filled with {@code arguments}. */
    public void reject(String field, String key, Object... arguments) {
        errors.add(FieldError.of(path + "." + field, key, arguments));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** @throws QuestionRejectedException with every collected error, when there is any */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new QuestionRejectedException(root.equals("response")
                    ? "The answer does not fit the question" : "The question does not fit its type", errors);
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
