package ua.fakh.courses.analytics;

import ua.fakh.core.analytics.MapLayer;

/** A coverage report and its two map layers, all from one reading of the database. */
public record CoverageMaps(CoverageReport report, MapLayer oblasts, MapLayer hromadas) {
}
