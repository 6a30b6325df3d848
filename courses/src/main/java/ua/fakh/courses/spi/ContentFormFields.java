package ua.fakh.courses.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a lesson's content JSON from the lesson editor's form, whatever its type: the type's form
 * ({@link ContentType#renderForm}) names its inputs by this convention, so no type needs code to
 * read them. Field names say the JSON type:
 * {@code c.<name>} text, {@code c.int.<name>} a whole number, {@code c.bool.<name>} a checkbox,
 * {@code c.lines.<name>} a list, one item a line, {@code c.list.<name>} a list, one item per value sent
 * (a group of check boxes). Blank fields are left out (the plugin decides
 * what is required); a number that is not one is passed on as typed, for the plugin to name it.
 */
public final class ContentFormFields {
    public static final String PREFIX = "c.";

    private ContentFormFields() {
    }

    public static Map<String, Object> content(Map<String, ?> fields) {
        Map<String, Object> content = new LinkedHashMap<>();
        fields.forEach((name, raw) -> {
            if (!name.startsWith(PREFIX)) {
                return;
            }
            String value = single(raw).strip();
            String rest = name.substring(PREFIX.length());
            if (rest.startsWith("list.")) {
                List<String> items = all(raw);
                if (!items.isEmpty()) {
                    content.put(rest.substring(5), items);
                }
            } else if (rest.startsWith("bool.")) {
                content.put(rest.substring(5), !value.isEmpty() && !value.equals("false"));
            } else if (value.isEmpty()) {
                return;
            } else if (rest.startsWith("int.")) {
                content.put(rest.substring(4), number(value));
            } else if (rest.startsWith("lines.")) {
                content.put(rest.substring(6), value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            } else {
                content.put(rest, single(raw));
            }
        });
        return content;
    }

    private static Object number(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** Every non-blank value of a field sent several times (a group of check boxes), trimmed. */
    private static List<String> all(Object raw) {
        List<?> values = raw instanceof List<?> list ? list : raw == null ? List.of() : List.of(raw);
        return values.stream().map(v -> String.valueOf(v).strip()).filter(v -> !v.isEmpty()).toList();
    }

    /** A form field's value; a field sent twice (a hidden default and a checkbox) counts by its last value. */
    public static String single(Object raw) {
        if (raw instanceof List<?> list) {
            return list.isEmpty() ? "" : String.valueOf(list.get(list.size() - 1));
        }
        return raw == null ? "" : raw.toString();
    }
}
