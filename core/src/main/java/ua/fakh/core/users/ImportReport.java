package ua.fakh.core.users;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a CSV import did, row by row: a bad row is reported and never stops the others.
 * {@code invited} lists the people created, each of whom was sent an invitation to choose a password.
 */
@Serdeable
public record ImportReport(int created, int skipped, List<RowError> errors, List<UserView> invited) {

    /**
     * One refused row: the column at fault ({@code row} for the whole line) and what is wrong with it,
     * a bundle key ({@code problem.field.*}) until {@link #localized} puts it in the reader's language.
     */
    @Serdeable
    public record RowError(int line, String field, String message) {
    }

    /** The same report with every row message passed through {@code translate} (a key to the reader's words). */
    public ImportReport localized(UnaryOperator<String> translate) {
        return new ImportReport(created, skipped, errors.stream()
                .map(e -> new RowError(e.line(), e.field(), translate.apply(e.message()))).toList(), invited);
    }
}
