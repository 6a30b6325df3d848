package ua.fakh.courses.analytics;

import ua.fakh.core.analytics.ReportTable;

import java.util.List;

/**
 * A knowledge-gain report as the reader sees it, small groups already hidden.
 *
 * @param tables    {@code gain-courses}, then {@code gain-cohorts}, {@code gain-oblasts}, {@code gain-districts},
 *                  {@code gain-hromadas}, {@code gain-institutions}, {@code gain-hromada-kinds},
 *                  {@code gain-institution-kinds}, {@code gain-frontline}, {@code gain-deoccupied}: a row per
 *                  course (and group) with people, mean and median pre- and post-test (percent), mean gain
 *                  (points), normalised gain of the means and mean normalised gain per person
 * @param questions {@code gain-questions}: per course the pre-test questions most often answered wrong
 */
public record GainReport(List<ReportTable> tables, ReportTable questions) {

    public GainReport {
        tables = List.copyOf(tables);
    }
}
