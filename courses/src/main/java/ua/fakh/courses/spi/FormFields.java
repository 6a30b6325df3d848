package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted form as a browser sent it: each name with its values in order (a check box group
 * repeats its name). Read-only; a name the form did not carry has no values.
 */
public final class FormFields {
    private final Map<String, List<String>> values;

    private FormFields(Map<String, List<String>> values) {
        this.values = values;
    }

    /** From a decoded form body, where a value is a string or a list of them. */
    public static FormFields of(Map<String, ?> form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            List<String> list = new ArrayList<>();
            if (value instanceof List<?> items) {
                items.forEach(item -> list.add(String.valueOf(item)));
            } else if (value != null) {
                list.add(String.valueOf(value));
            }
            values.put(name, List.copyOf(list));
        });
        return new FormFields(values);
    }

    /** Only {@code field} and the names under it ({@code field.<part>}): one question's share of the form. */
    public FormFields under(String field) {
        Map<String, List<String>> mine = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            if (name.equals(field) || name.startsWith(field + ".")) {
                mine.put(name, list);
            }
        });
        return new FormFields(mine);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    @Nullable
    public String first(String name) {
        List<String> list = all(name);
        return list.isEmpty() ? null : list.get(0);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
