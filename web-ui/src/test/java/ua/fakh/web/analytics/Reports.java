package ua.fakh.web.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads a coverage answer the way the tests compare it: every cell as text ("null" for none). */
final class Reports {
    private Reports() {
    }

    @SuppressWarnings("unchecked")
    static List<List<String>> rows(Map<String, Object> report, String tableId) {
        Map<String, Object> table = table(report, tableId);
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : (List<List<Object>>) table.get("rows")) {
            rows.add(row.stream().map(cell -> Objects.toString(cell)).toList());
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> table(Map<String, Object> report, String tableId) {
        return ((List<Map<String, Object>>) report.get("tables")).stream().filter(t -> tableId.equals(t.get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("No table " + tableId));
    }

    @SuppressWarnings("unchecked")
    static List<String> tableIds(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("tables")).stream().map(t -> (String) t.get("id")).toList();
    }

    /** The key numbers as "id=value" or "id=value/outOf". */
    @SuppressWarnings("unchecked")
    static List<String> keyNumbers(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("keyNumbers")).stream()
                .map(k -> k.get("id") + "=" + k.get("value") + (k.get("outOf") == null ? "" : "/" + k.get("outOf"))).toList();
    }

    static List<String> row(Object... cells) {
        return java.util.Arrays.stream(cells).map(cell -> Objects.toString(cell)).toList();
    }
}
