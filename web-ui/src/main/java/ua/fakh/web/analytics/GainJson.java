package ua.fakh.web.analytics;

import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.courses.analytics.GainReport;

import java.util.List;

/**
 * {@code GET /api/analytics/gain}: the knowledge-gain tables and the pre-test questions table, each as the
 * page shows it (a cell is a number, a text such as "<5", or null).
 */
@Serdeable
record GainJson(List<Table> tables, Table questions) {

    static GainJson of(GainReport report) {
        return new GainJson(report.tables().stream().map(Table::of).toList(), Table.of(report.questions()));
    }

    @Serdeable
    record Table(String id, String title, List<String> headers, List<List<Object>> rows, List<String> notes) {

        static Table of(ReportTable table) {
            return new Table(table.id(), table.title(), table.headers(), table.rows(), table.notes());
        }
    }
}
