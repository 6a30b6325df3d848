package ua.fakh.certificates.issuing.internal;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import ua.fakh.certificates.issuing.PublicCertificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The public check by code: one statement, read by hand. It is the busiest anonymous route, and the profile of
 * its load (perf/README.md, "Session 12") showed Micronaut Data building a new runtime entity for a
 * projection on every call, about a fifth of the route; a hand-written read of eight columns costs
 * nothing of the kind. No transaction: one statement reads a consistent row, and a transaction would
 * add its {@code COMMIT} round trip.
 */
@Singleton
class PublicChecks {
    private static final String SQL = """
            SELECT c.status, c.valid_until, c.revoked_at, c.revocation_reason, c.serial_number, c.verification_code,
                   c.snapshot, r.serial_number
            FROM certificates c LEFT JOIN certificates r ON r.id = c.superseded_by
            WHERE c.verification_code = ?""";

    private final JdbcOperations jdbc;
    private final CertificateViews views;

    PublicChecks(JdbcOperations jdbc, CertificateViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    /** A connection of its own for the one statement, in auto-commit: no transaction to begin or commit. */
    @Connectable
    Optional<PublicCertificate> check(String code) {
        String normalised = VerificationCodes.normalise(code);
        if (!VerificationCodes.looksValid(normalised)) {
            // same work as a miss on a well-formed code, so timing reveals nothing
            byCode(VerificationCodes.next());
            return Optional.empty();
        }
        return byCode(normalised).map(views::publicView);
    }

    private Optional<PublicCheckRow> byCode(String verificationCode) {
        return jdbc.prepareStatement(SQL, statement -> {
            statement.setString(1, verificationCode);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        });
    }

    private static PublicCheckRow read(ResultSet row) throws SQLException {
        OffsetDateTime revokedAt = row.getObject(3, OffsetDateTime.class);
        return new PublicCheckRow(row.getString(1), row.getObject(2, LocalDate.class),
                revokedAt == null ? null : revokedAt.toInstant(), row.getString(4), row.getString(5), row.getString(6),
                row.getString(7), row.getString(8));
    }
}
