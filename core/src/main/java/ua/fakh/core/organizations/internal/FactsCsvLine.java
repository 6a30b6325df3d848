package ua.fakh.core.organizations.internal;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.CsvLines;
import ua.fakh.core.organizations.FactsLineError;
import ua.fakh.core.organizations.HromadaKind;
import ua.fakh.core.organizations.InstitutionKindView;
import ua.fakh.core.organizations.OrganizationFacts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The cells of one line read as facts, over what the organization has now: a column the file lacks
 * keeps the fact, an empty cell clears it. A cell that cannot be read is a problem of its column.
 */
final class FactsCsvLine {
    private static final DateTimeFormatter SPREADSHEET_DAY = DateTimeFormatter.ofPattern("d.M.uuuu");

    private final CsvLines.Row row;
    private final FactsCsvColumns columns;
    private final List<FactsLineError> problems;

    FactsCsvLine(CsvLines.Row row, FactsCsvColumns columns, List<FactsLineError> problems) {
        this.row = row;
        this.columns = columns;
        this.problems = problems;
    }

    OrganizationFacts read(OrganizationFacts now, List<InstitutionKindView> kinds) {
        return new OrganizationFacts(
                columns.cell(row, FactsCsvColumns.KATOTTG).map(FactsCsvLine::orNull).orElse(now.katottg()),
                columns.cell(row, FactsCsvColumns.HROMADA_KIND).map(this::hromadaKind).orElse(now.hromadaKind()),
                columns.cell(row, FactsCsvColumns.INSTITUTION_KIND).map(cell -> institutionKind(cell, kinds)).orElse(now.institutionKind()),
                columns.cell(row, FactsCsvColumns.FRONTLINE_SINCE).map(cell -> day(FactsCsvColumns.FRONTLINE_SINCE, cell)).orElse(now.frontlineSince()),
                columns.cell(row, FactsCsvColumns.DEOCCUPIED_SINCE).map(cell -> day(FactsCsvColumns.DEOCCUPIED_SINCE, cell)).orElse(now.deoccupiedSince()),
                columns.cell(row, FactsCsvColumns.STAFF_HEADCOUNT).map(this::headcount).orElse(now.staffHeadcount()));
    }

    private @Nullable HromadaKind hromadaKind(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return HromadaKind.valueOf(cell.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problem(FactsCsvColumns.HROMADA_KIND, "problem.facts.hromadaKind");
            return null;
        }
    }

    /** Its code, or its exact Ukrainian or English name; an unknown one is left to the rules, which name it. */
    private static @Nullable String institutionKind(String cell, List<InstitutionKindView> kinds) {
        if (cell.isEmpty()) {
            return null;
        }
        return kinds.stream().filter(k -> k.code().equals(cell) || k.nameUk().equalsIgnoreCase(cell) || k.nameEn().equalsIgnoreCase(cell))
                .map(InstitutionKindView::code).findFirst().orElse(cell);
    }

    /** {@code 2022-02-24}, or {@code 24.02.2022} as a spreadsheet in Ukraine saves it. */
    private @Nullable LocalDate day(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return cell.contains(".") ? LocalDate.parse(cell, SPREADSHEET_DAY) : LocalDate.parse(cell);
        } catch (DateTimeParseException notADay) {
            problem(column, "problem.field.notADate");
            return null;
        }
    }

    /** A whole number; a spreadsheet's thousands separator (a space) is allowed. */
    private @Nullable Integer headcount(String cell) {
        String digits = cell.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException notANumber) {
            problem(FactsCsvColumns.STAFF_HEADCOUNT, "problem.field.notWholeNumber");
            return null;
        }
    }

    private void problem(String column, String key) {
        problems.add(new FactsLineError(row.line(), column, key, List.of()));
    }

    private static @Nullable String orNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }
}
