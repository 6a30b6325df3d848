package ua.fakh.courses.analytics.internal;

import ua.fakh.core.analytics.ReportTable;

import java.util.List;

/**
 * One part of the coverage report: first it gives its counts and their sums to the shared cells, then,
 * once the cells know what to hide, it writes its tables.
 */
interface CoveragePart {

    void count(CoverageData data, ReportCells cells);

    List<ReportTable> tables(CoverageData data, ReportCells cells, CoverageTexts texts);
}
