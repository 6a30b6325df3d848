package ua.fakh.web.analytics.export;

import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.analytics.SmallCells;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Report tables with every kind of cell a writer must keep: Cyrillic, separators, quotes, "<5", blanks, decimals. */
final class SampleTables {
    private SampleTables() {
    }

    static ReportTable hromadas() {
        return new ReportTable("coverage-hromadas", "Громади: навчені працівники",
                List.of("Громада", "Вид", "Навчено", "Штат", "Охоплення, %", "Зміна, \"бали\""),
                List.of(
                        row("Бершадська міська", "місто", 12, 40, 30.0, -2.5),
                        row("Вінницька, міська", "місто", 1234567, 2000, 61.728, new BigDecimal("0.125")),
                        row("Іллінецька \"Нова\" громада", "селище", SmallCells.HIDDEN, null, SmallCells.HIDDEN, null),
                        row("Ободівська\nсільська", "село", 0, 15, 0, 1L),
                        row("=Формула", "+село", 7, 7, 100, 3.0f)),
                List.of("Групи до 5 осіб показано як «<5».", "Охоплення — частка штату, що пройшла навчання."));
    }

    static ReportTable gain() {
        return new ReportTable("gain-courses", "Приріст знань за курсами", List.of("Курс", "n", "Середній приріст"),
                List.of(row("Основи ведення випадку", 25, 0.42), row("Ненасильницьке спілкування", SmallCells.HIDDEN, null)),
                List.of());
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
