package ua.fakh.certificates.issuing.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CertificateRepository extends CrudRepository<CertificateRow, UUID> {

    Optional<CertificateRow> findByIssueKey(String issueKey);

    Optional<CertificateRow> findByVerificationCode(String verificationCode);

    Optional<CertificateRow> findBySerialNumber(String serialNumber);

    List<CertificateRow> findByUserIdOrderByIssuedAtDesc(UUID userId);

    List<CertificateRow> findByEnrollmentIdOrderByIssuedAt(UUID enrollmentId);

    List<CertificateRow> findByCourseIdOrderByIssuedAtDesc(UUID courseId);

    @Query("SELECT * FROM certificates WHERE id = :id FOR UPDATE")
    Optional<CertificateRow> findByIdForUpdate(UUID id);

    /** HR's list (person: name, course title, number or e-mail): holders whose current organization is inside the subtree (path prefix); filters as empty strings when unused. */
    @Query(value = """
            SELECT c.* FROM certificates c
              JOIN users u ON u.id = c.user_id
              JOIN organizations o ON o.id = u.organization_id
            WHERE o.path LIKE :pathPrefix AND (c.search_text LIKE :person OR LOWER(u.email) LIKE :person)
              AND (:courseFilter = '' OR CAST(c.course_id AS VARCHAR(36)) = :courseFilter)
              AND c.issued_at >= :from AND c.issued_at < :to
              AND (:statusFilter = '' OR (:statusFilter = 'REVOKED' AND c.status = 'REVOKED')
                   OR (:statusFilter = 'VALID' AND c.status = 'ISSUED' AND (c.valid_until IS NULL OR c.valid_until >= CURRENT_DATE))
                   OR (:statusFilter = 'EXPIRED' AND c.status = 'ISSUED' AND c.valid_until < CURRENT_DATE))
            ORDER BY c.issued_at DESC, c.id""",
            countQuery = """
            SELECT count(*) FROM certificates c
              JOIN users u ON u.id = c.user_id
              JOIN organizations o ON o.id = u.organization_id
            WHERE o.path LIKE :pathPrefix AND (c.search_text LIKE :person OR LOWER(u.email) LIKE :person)
              AND (:courseFilter = '' OR CAST(c.course_id AS VARCHAR(36)) = :courseFilter)
              AND c.issued_at >= :from AND c.issued_at < :to
              AND (:statusFilter = '' OR (:statusFilter = 'REVOKED' AND c.status = 'REVOKED')
                   OR (:statusFilter = 'VALID' AND c.status = 'ISSUED' AND (c.valid_until IS NULL OR c.valid_until >= CURRENT_DATE))
                   OR (:statusFilter = 'EXPIRED' AND c.status = 'ISSUED' AND c.valid_until < CURRENT_DATE))""")
    Page<CertificateRow> inSubtree(String pathPrefix, String person, String courseFilter, java.time.Instant from,
                                   java.time.Instant to, String statusFilter, Pageable pageable);

    /** The status-list bits of the provider's revoked certificates: each provider publishes its own list. */
    @Query("SELECT status_list_index FROM certificates WHERE status = 'REVOKED' AND provider_id = :providerId")
    List<Long> revokedIndexes(UUID providerId);

    boolean existsByProviderId(UUID providerId);

    /** Courses with certificates held in the subtree, with their current titles. */
    @Query("""
            SELECT DISTINCT co.id, co.title FROM certificates c
              JOIN users u ON u.id = c.user_id
              JOIN organizations o ON o.id = u.organization_id
              JOIN courses co ON co.id = c.course_id
            WHERE o.path LIKE :pathPrefix ORDER BY co.title""")
    List<CourseRow> coursesInSubtree(String pathPrefix);

    @Query("SELECT path FROM organizations WHERE id = :organizationId")
    Optional<String> organizationPath(UUID organizationId);
}
