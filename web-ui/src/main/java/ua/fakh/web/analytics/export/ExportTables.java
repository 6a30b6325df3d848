package ua.fakh.web.analytics.export;

import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.CoverageReports;
import ua.fakh.courses.analytics.GainReport;
import ua.fakh.courses.analytics.GainReports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The analytics tables a caller may export, built at the call exactly as the pages build them (the same
 * scope, filter, language and small-cell rule): coverage's, then knowledge gain's, then the pre-test
 * questions most often wrong. A table is found by its id; a gain table's id starts with {@code gain-}.
 */
@Singleton
class ExportTables {
    private static final String GAIN = "gain-";

    private final AnalyticsScopes scopes;
    private final CoverageReports coverage;
    private final GainReports gain;

    ExportTables(AnalyticsScopes scopes, CoverageReports coverage, GainReports gain) {
        this.scopes = scopes;
        this.coverage = coverage;
        this.gain = gain;
    }

    /** Every table, coverage first. */
    List<ReportTable> all(Caller caller, AnalyticsFilter filter, Locale locale) {
        List<ReportTable> tables = new ArrayList<>(coverage.report(scopes.of(caller), filter, locale).tables());
        tables.addAll(gainTables(caller, filter, locale));
        return tables;
    }

    /** The table with this id, built alone with the report it belongs to. */
    Optional<ReportTable> one(Caller caller, AnalyticsFilter filter, Locale locale, String id) {
        if (id.startsWith(GAIN)) {
            return gainTables(caller, filter, locale).stream().filter(t -> t.id().equals(id)).findFirst();
        }
        return coverage.report(scopes.of(caller), filter, locale).table(id);
    }

    private List<ReportTable> gainTables(Caller caller, AnalyticsFilter filter, Locale locale) {
        GainReport report = gain.gain(filter, caller, locale);
        List<ReportTable> tables = new ArrayList<>(report.tables());
        tables.add(report.questions());
        return tables;
    }
}
