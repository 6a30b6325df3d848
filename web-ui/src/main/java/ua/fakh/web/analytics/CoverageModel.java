package ua.fakh.web.analytics;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.courses.analytics.AnalyticsFilterOptions;
import ua.fakh.courses.analytics.CoverageReport;

import java.util.List;
import java.util.UUID;

/** The coverage page: the filter, and the report unless the filter was refused. */
public record CoverageModel(AnalyticsFilterForm form, AnalyticsFilterOptions options, @Nullable CoverageReport report) {

    /** Each row's drill-down address, for tables whose rows are organisations and callers who may see names. */
    public List<String> links(ReportTable table) {
        if (report == null || !report.scope().names()) {
            return List.of();
        }
        List<UUID> organizations = report.rowOrganizations(table.id());
        return organizations.stream().map(id -> "/analytics/people?organization=" + id + form.andQuery()).toList();
    }
}
