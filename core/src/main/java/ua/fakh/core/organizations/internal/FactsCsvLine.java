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
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cells of one line read as facts, over what the organization has now: a column the file lacks
 * keeps the fact, an empty cell clears it. A cell that cannot be read is a problem of its column.
 */
final class FactsCsvLine {
    private static final DateTimeFormatter SPREADSHEET_DAY = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

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
                read(FactsCsvColumns.KATOTTG, FactsCsvLine::orNull, now.katottg()),
                read(FactsCsvColumns.HROMADA_KIND, this::hromadaKind, now.hromadaKind()),
                read(FactsCsvColumns.INSTITUTION_KIND, cell -> institutionKind(cell, kinds), now.institutionKind()),
                read(FactsCsvColumns.FRONTLINE_SINCE, cell -> day(FactsCsvColumns.FRONTLINE_SINCE, cell), now.frontlineSince()),
                read(FactsCsvColumns.DEOCCUPIED_SINCE, cell -> day(FactsCsvColumns.DEOCCUPIED_SINCE, cell), now.deoccupiedSince()),
                read(FactsCsvColumns.STAFF_HEADCOUNT, this::headcount, now.staffHeadcount()));
    }

    /** The cell read (null when empty), or {@code now} when the file has no such column. */
    private <T> @Nullable T read(String column, Function<String, T> reader, @Nullable T now) {
        Optional<String> cell = columns.cell(row, column);
        return cell.isPresent() ? reader.apply(cell.get()) : now;
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
