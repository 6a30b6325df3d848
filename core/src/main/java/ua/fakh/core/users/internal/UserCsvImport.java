package ua.fakh.core.users.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.common.CsvLines;
import ua.fakh.core.common.NulCharacter;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.ImportReport;
import ua.fakh.core.users.NewAccount;
import ua.fakh.core.users.NewUser;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code email,fullName,organization,roles[,locale]}, a header line optional. The organization is
 * named as people know it: its EDRPOU, its code or its exact name (its id works too); an unknown or
 * ambiguous one is that row's error. Each row goes through {@link Users#create} in its own
 * transaction: a bad row is reported by line and the good ones stay. An e-mail that already exists
 * is skipped, not an error, so the same file can be imported twice. A row with U+0000 in it is an
 * error (PostgreSQL could not store it), never skipped. Row messages are bundle keys. Every person
 * created is sent an invitation to choose a password; the report lists them.
 */
@Singleton
class UserCsvImport {
    static final int MAX_ROWS = 10_000;

    private final Organizations organizations;

    UserCsvImport(Organizations organizations) {
        this.organizations = organizations;
    }

    ImportReport run(String csv, Caller actor, Users users) {
        List<CsvLines.Row> rows = CsvLines.parse(csv);
        if (rows.size() > MAX_ROWS) {
            throw ValidationException.of("file", "problem.field.tooManyImportRows");
        }
        int created = 0;
        int skipped = 0;
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<UserView> invited = new ArrayList<>();
        Map<String, UUID> resolved = new HashMap<>();
        for (CsvLines.Row row : rows) {
            if (row.line() == rows.get(0).line() && row.field(0).equalsIgnoreCase("email")) {
                continue;
            }
            try {
                NewAccount account = users.create(parse(row, resolved), actor);
                invited.add(account.user()); // created without a password: invited by e-mail
                created++;
            } catch (ConflictException duplicate) {
                skipped++;
            } catch (ValidationException invalid) {
                for (FieldError error : invalid.fieldErrors()) {
                    errors.add(new ImportReport.RowError(row.line(), error.field(), error.message()));
                }
            } catch (FakhException refused) {
                errors.add(new ImportReport.RowError(row.line(), "row", refused.getMessage()));
            }
        }
        return new ImportReport(created, skipped, errors, invited);
    }

    /** Every column is checked, so a row's errors are all reported at once. */
    private NewUser parse(CsvLines.Row row, Map<String, UUID> resolved) {
        if (row.fields().size() < 4) {
            throw ValidationException.of("row", "problem.field.importColumns");
        }
        if (NulCharacter.inAny(row.fields())) {
            throw ValidationException.of("row", "problem.nul");
        }
        List<FieldError> problems = new ArrayList<>();
        String email = row.field(0);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            problems.add(new FieldError("email", "problem.constraint.Email"));
        }
        String fullName = row.field(1);
        if (fullName.isBlank() || fullName.length() > 300) {
            problems.add(new FieldError("fullName", "problem.field.fullNameLength"));
        }
        UUID organizationId = organization(row.field(2), resolved, problems);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : row.field(3).split("[;|/\\s]+")) {
            if (!role.isBlank()) {
                try {
                    roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldError("roles", "problem.field.unknownRole"));
                }
            }
        }
        if (roles.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("roles"))) {
            problems.add(new FieldError("roles", "problem.field.unknownRole"));
        }
        String locale = row.field(4).isBlank() ? null : row.field(4).toLowerCase(Locale.ROOT);
        if (locale != null && !locale.equals("uk") && !locale.equals("en")) {
            problems.add(new FieldError("locale", "problem.field.locale"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new NewUser(email, fullName, null, locale, organizationId, roles);
    }

    private UUID organization(String reference, Map<String, UUID> resolved, List<FieldError> problems) {
        String typed = reference.strip();
        if (resolved.containsKey(typed)) {
            return resolved.get(typed);
        }
        List<OrganizationView> found = organizations.resolve(typed);
        if (found.size() == 1) {
            resolved.put(typed, found.get(0).id());
            return found.get(0).id();
        }
        problems.add(new FieldError("organization", found.isEmpty()
                ? "problem.field.organizationUnknown" : "problem.field.organizationAmbiguous"));
        return null;
    }
}
