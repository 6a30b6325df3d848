package ua.fakh.courses.analytics.internal;

/** A report's data with its cells decided: what the tables, key numbers and map layers are written from. */
record BuiltReport(CoverageData data, ReportCells cells, CoverageTexts texts) {
}
