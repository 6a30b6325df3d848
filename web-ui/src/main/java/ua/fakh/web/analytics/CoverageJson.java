package ua.fakh.web.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.CoverageReport;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/analytics/coverage}: the report as JSON. A cell is a number, a string ({@code "<5"}
 * for a hidden count, a name) or null.
 */
@Serdeable
record CoverageJson(CoverageReport.Scope scope, Filter filter, List<KeyNumber> keyNumbers, List<Table> tables) {

    static CoverageJson of(CoverageReport report) {
        AnalyticsFilter f = report.filter();
        return new CoverageJson(report.scope(), new Filter(f.from(), f.to(), f.providerId(), f.courseId(), f.tag(), f.cohortId()),
                report.keyNumbers().stream().map(k -> new KeyNumber(k.id(), k.label(), k.value(), k.outOf())).toList(),
                report.tables().stream().map(t -> Table.of(t, report.rowOrganizations(t.id()))).toList());
    }

    @Serdeable
    record Filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID providerId, @Nullable UUID courseId,
                  @Nullable String tag, @Nullable UUID cohortId) {
    }

    @Serdeable
    record KeyNumber(String id, String label, Object value, @Nullable Object outOf) {
    }

    /** A {@link ReportTable}; {@code organizations}: each row's organisation, for callers who may drill down. */
    @Serdeable
    record Table(String id, String title, List<String> headers, List<List<Object>> rows, List<String> notes,
                 List<UUID> organizations) {

        static Table of(ReportTable table, List<UUID> organizations) {
            return new Table(table.id(), table.title(), table.headers(), table.rows(), table.notes(), organizations);
        }
    }
}
