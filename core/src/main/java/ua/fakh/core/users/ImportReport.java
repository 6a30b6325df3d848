package ua.fakh.core.users;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a CSV import did, row by row: a bad row is reported and never stops the others.
 * {@code accounts} lists the created users with their one-time passwords for the administrator to hand out.
 */
@Serdeable
public record ImportReport(int created, int skipped, List<RowError> errors, List<NewAccount> accounts) {

    @Serdeable
    public record RowError(int line, String message) {
    }
}
