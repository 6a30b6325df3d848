package ua.fakh.courses.assessment;

import ua.fakh.core.common.KyivTime;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A gradebook as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Cyrillic),
 * bilingual headers, and no cell a spreadsheet would run as a formula.
 */
public final class GradebookCsv {
    private GradebookCsv() {
    }

    public static byte[] write(Gradebook book) {
        List<String> header = new ArrayList<>(List.of("ПІБ / Full name", "Ел. пошта / E-mail", "Статус / Status",
                "Прогрес, % / Progress, %", "Термін / Due"));
        book.quizzes().forEach(q -> header.add(q.title() + ", %"));
        header.add("Результат, % / Result, %");
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, header);
        for (Gradebook.Row row : book.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.name(), row.email(), row.status().name(),
                    String.valueOf(row.progressPercent()),
                    row.dueAt() == null ? "" : KyivTime.day(row.dueAt()).toString()));
            row.grades().forEach(g -> cells.add(number(g.percent())));
            cells.add(number(row.resultPercent()));
            line(csv, cells);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(GradebookCsv::quote).toList())).append("\r\n");
    }

    private static String number(Double value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** RFC 4180 quoting; a leading = + - @ (or tab, CR) gets a ' so a spreadsheet shows it as text. */
    public static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
