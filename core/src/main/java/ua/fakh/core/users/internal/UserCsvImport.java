package ua.fakh.core.users.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.common.CsvLines;
import ua.fakh.core.common.NulCharacter;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.ImportReport;
import ua.fakh.core.users.NewAccount;
import ua.fakh.core.users.NewUser;
import ua.fakh.core.users.Users;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code email,fullName,organizationId,roles[,locale]}, a header line optional. Each row goes through
 * {@link Users#create} in its own transaction: a bad row is reported by line and the good ones stay.
 * An e-mail that already exists is skipped, not an error, so the same file can be imported twice.
 * A row with U+0000 in it is an error (PostgreSQL could not store it), never skipped.
 */
@Singleton
class UserCsvImport {
    static final int MAX_ROWS = 10_000;

    ImportReport run(String csv, Caller actor, Users users) {
        List<CsvLines.Row> rows = CsvLines.parse(csv);
        if (rows.size() > MAX_ROWS) {
            throw ValidationException.of("file", "at most " + MAX_ROWS + " rows per import");
        }
        int created = 0;
        int skipped = 0;
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<NewAccount> accounts = new ArrayList<>();
        for (CsvLines.Row row : rows) {
            if (row.line() == rows.get(0).line() && row.field(0).equalsIgnoreCase("email")) {
                continue;
            }
            try {
                NewAccount account = users.create(parse(row), actor);
                accounts.add(account);
                created++;
            } catch (ConflictException duplicate) {
                skipped++;
            } catch (ValidationException invalid) {
                errors.add(new ImportReport.RowError(row.line(), invalid.fieldErrors().stream()
                        .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "))));
            } catch (FakhException | IllegalArgumentException refused) {
                errors.add(new ImportReport.RowError(row.line(), refused.getMessage()));
            }
        }
        return new ImportReport(created, skipped, errors, accounts);
    }

    private static NewUser parse(CsvLines.Row row) {
        if (row.fields().size() < 4) {
            throw new IllegalArgumentException("expected email,fullName,organizationId,roles");
        }
        if (NulCharacter.inAny(row.fields())) {
            throw ValidationException.of("row", NulCharacter.MESSAGE);
        }
        String email = row.field(0);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            throw ValidationException.of("email", "not an e-mail address");
        }
        String fullName = row.field(1);
        if (fullName.isBlank() || fullName.length() > 300) {
            throw ValidationException.of("fullName", "must be 1 to 300 characters");
        }
        UUID organizationId;
        try {
            organizationId = UUID.fromString(row.field(2));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("organizationId", "not an organisation id");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : row.field(3).split("[;|/\\s]+")) {
            if (!role.isBlank()) {
                try {
                    roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ValidationException.of("roles", "unknown role " + role.strip());
                }
            }
        }
        if (roles.isEmpty()) {
            throw ValidationException.of("roles", "at least one of ADMIN, TRAINER, HR, LEARNER");
        }
        String locale = row.field(4).isBlank() ? null : row.field(4).toLowerCase(Locale.ROOT);
        if (locale != null && !locale.equals("uk") && !locale.equals("en")) {
            throw ValidationException.of("locale", "must be uk or en");
        }
        return new NewUser(email, fullName, null, locale, organizationId, roles);
    }
}
