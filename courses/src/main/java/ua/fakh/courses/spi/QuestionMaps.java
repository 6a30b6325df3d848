package ua.fakh.courses.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and writing the JSON-like maps of definitions, views and responses that are already checked. */
public final class QuestionMaps {

    private QuestionMaps() {
    }

    /** An ordered map of the pairs whose value is not null: optional fields stay out of normalised JSON. */
    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    public static String text(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value instanceof String s ? s : null;
    }

    public static double number(Map<String, Object> map, String key, double defaultValue) {
        Object value = map == null ? null : map.get(key);
        return value instanceof Number n ? n.doubleValue() : defaultValue;
    }

    public static boolean flag(Map<String, Object> map, String key, boolean defaultValue) {
        Object value = map == null ? null : map.get(key);
        return value instanceof Boolean b ? b : defaultValue;
    }
}
