package ua.fakh.web.analytics;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.analytics.ReportTable;
import ua.fakh.courses.analytics.AnalyticsFilterOptions;
import ua.fakh.courses.analytics.GainReport;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The knowledge-gain page: the filter, its choices, and the report (null while the filter has errors). */
public record GainPageModel(AnalyticsFilterForm form, AnalyticsFilterOptions options, @Nullable GainReport report,
                            Locale locale) {

    /** Tables that have rows: courses first, then cohorts and places. */
    public List<ReportTable> tables() {
        return report == null ? List.of() : report.tables().stream().filter(t -> !t.rows().isEmpty()).toList();
    }

    public boolean empty() {
        return report != null && tables().isEmpty();
    }

    /** Shown open: the tables per course and per cohort; the others fold away on small screens. */
    public boolean open(ReportTable table) {
        return table.id().equals("gain-courses") || table.id().equals("gain-cohorts");
    }

    /** How many leading cells name the row (course, group) rather than count it. */
    public int nameCells(ReportTable table) {
        return table.id().equals("gain-courses") ? 1 : 2;
    }

    /** A cell as the reader's language writes numbers: 41,7 in Ukrainian, 41.7 in English; null as a dash. */
    public String cell(@Nullable Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        return value.toString();
    }
}
