package ua.fakh.core.organizations.internal;

import ua.fakh.core.common.CsvLines;
import ua.fakh.core.organizations.FactsLineError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a facts file as its header names them, in any order: where each is, and the cell of
 * a line under it ({@code null} when the file has no such column, so the fact stays as it is).
 */
final class FactsCsvColumns {
    static final String ORGANIZATION = "organization";
    static final String KATOTTG = "katottg";
    static final String HROMADA_KIND = "hromada_kind";
    static final String INSTITUTION_KIND = "institution_kind";
    static final String FRONTLINE_SINCE = "frontline_since";
    static final String DEOCCUPIED_SINCE = "deoccupied_since";
    static final String STAFF_HEADCOUNT = "staff_headcount";
    /** Written for people reading the export, ignored when read back. */
    static final List<String> FOR_PEOPLE = List.of("name", "kind");
    static final List<String> FACTS = List.of(KATOTTG, HROMADA_KIND, INSTITUTION_KIND, FRONTLINE_SINCE, DEOCCUPIED_SINCE, STAFF_HEADCOUNT);

    /** A fact's column by the API name of its field, for the field problems of the rules. */
    static final Map<String, String> BY_FIELD = Map.of("katottg", KATOTTG, "hromadaKind", HROMADA_KIND,
            "institutionKind", INSTITUTION_KIND, "frontlineSince", FRONTLINE_SINCE, "deoccupiedSince", DEOCCUPIED_SINCE,
            "staffHeadcount", STAFF_HEADCOUNT);

    private final Map<String, Integer> positions;

    private FactsCsvColumns(Map<String, Integer> positions) {
        this.positions = positions;
    }

    /** The columns of {@code header}, or the problems of a header that names unknown, repeated or no organization column. */
    static FactsCsvColumns of(CsvLines.Row header, List<FactsLineError> problems) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.field(i).toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!name.equals(ORGANIZATION) && !FACTS.contains(name) && !FOR_PEOPLE.contains(name)) {
                problems.add(new FactsLineError(header.line(), "header", "problem.facts.unknownColumn", List.of(name)));
            } else if (positions.putIfAbsent(name, i) != null) {
                problems.add(new FactsLineError(header.line(), "header", "problem.facts.columnTwice", List.of(name)));
            }
        }
        if (!positions.containsKey(ORGANIZATION)) {
            problems.add(new FactsLineError(header.line(), "header", "problem.facts.noOrganizationColumn", List.of()));
        }
        return new FactsCsvColumns(positions);
    }

    boolean has(String column) {
        return positions.containsKey(column);
    }

    /** The stripped cell, "" when empty; empty when the file has no such column. */
    Optional<String> cell(CsvLines.Row row, String column) {
        Integer at = positions.get(column);
        return at == null ? Optional.empty() : Optional.of(row.field(at));
    }
}
