package ua.fakh.courses.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.core.analytics.ReportTable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coverage report of one scope and filter: what it counts, its key numbers and its tables, in
 * the reader's language, small cells hidden.
 *
 * @param rowOrganizations see {@link #rowOrganizations(String)}
 */
public record CoverageReport(Scope scope, AnalyticsFilter filter, List<KeyNumber> keyNumbers, List<ReportTable> tables,
                             Map<String, List<UUID>> rowOrganizations) {

    public CoverageReport {
        keyNumbers = List.copyOf(keyNumbers);
        tables = List.copyOf(tables);
        rowOrganizations = Map.copyOf(rowOrganizations);
    }

    /**
     * For the tables whose rows are organisations, the organisation of each row, in order: the
     * drill-down's links. Empty for a scope without names.
     */
    public List<UUID> rowOrganizations(String tableId) {
        return rowOrganizations.getOrDefault(tableId, List.of());
    }

    /** The table with this id, if the report has it. */
    public java.util.Optional<ReportTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Whose numbers: everyone below {@code rootId} (named {@code rootName}), or the whole installation. */
    @Serdeable
    public record Scope(@Nullable UUID rootId, @Nullable String rootName, boolean names) {
    }

    /**
     * One headline figure: a count (or {@link ua.fakh.core.analytics.SmallCells#HIDDEN}), a number of
     * hours, or "so many of so many" when {@code outOf} is given.
     */
    public record KeyNumber(String id, String label, Object value, @Nullable Object outOf) {
    }
}
