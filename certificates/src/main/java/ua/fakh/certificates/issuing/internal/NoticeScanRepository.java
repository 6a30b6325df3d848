package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the scheduled certificate messages read. "Current" certificates only: issued, not revoked, and
 * not followed by a newer issued certificate of the same course for the same person (who has renewed
 * needs no reminder). Subtrees by the organization's path, as HR's own lists read them.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NoticeScanRepository extends GenericRepository<CertificateRow, UUID> {

    @Query("""
            SELECT c.* FROM certificates c
            WHERE c.status = 'ISSUED' AND c.valid_until >= :from AND c.valid_until <= :to
              AND NOT EXISTS (SELECT 1 FROM certificates n WHERE n.user_id = c.user_id AND n.course_id = c.course_id
                              AND n.status = 'ISSUED' AND n.issued_at > c.issued_at)
            ORDER BY c.valid_until, c.id""")
    List<CertificateRow> currentValidUntilBetween(LocalDate from, LocalDate to);

    /** People who hold the HR role now on an active account, with their organization. */
    @Query("""
            SELECT u.id AS user_id, u.organization_id FROM users u
              JOIN user_roles r ON r.user_id = u.id AND r.role = 'HR'
            WHERE u.status = 'ACTIVE' ORDER BY u.id""")
    List<HrReader> hrReaders();

    @Query("""
            SELECT c.id AS certificate_id, u.full_name FROM certificates c
              JOIN users u ON u.id = c.user_id
              JOIN organizations o ON o.id = u.organization_id
            WHERE c.status = 'ISSUED' AND c.issued_at >= :from AND c.issued_at < :to
              AND o.path LIKE (SELECT r.path FROM organizations r WHERE r.id = :organizationId) || '%'
            ORDER BY u.full_name, c.id""")
    List<Holder> issuedInSubtree(UUID organizationId, Instant from, Instant to);

    @Query("""
            SELECT c.id AS certificate_id, u.full_name FROM certificates c
              JOIN users u ON u.id = c.user_id
              JOIN organizations o ON o.id = u.organization_id
            WHERE c.status = 'ISSUED' AND c.valid_until >= :from AND c.valid_until <= :to
              AND NOT EXISTS (SELECT 1 FROM certificates n WHERE n.user_id = c.user_id AND n.course_id = c.course_id
                              AND n.status = 'ISSUED' AND n.issued_at > c.issued_at)
              AND o.path LIKE (SELECT r.path FROM organizations r WHERE r.id = :organizationId) || '%'
            ORDER BY c.valid_until, u.full_name, c.id""")
    List<Holder> expiringInSubtree(UUID organizationId, LocalDate from, LocalDate to);

    @Introspected
    record HrReader(UUID userId, UUID organizationId) {
    }

    @Introspected
    record Holder(UUID certificateId, String fullName) {
    }
}
