package ua.fakh.courses.enrollment.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import ua.fakh.courses.enrollment.OverduePeople;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OverdueRepository extends GenericRepository<EnrollmentRow, UUID> {

    /** The effective due date is the enrollment's own, else its cohort's (as {@code EnrollmentViews} reads it). */
    @Query("""
            SELECT DISTINCT u.id AS user_id, u.full_name FROM enrollments e
              LEFT JOIN cohorts c ON c.id = e.cohort_id
              JOIN users u ON u.id = e.user_id
              JOIN organizations o ON o.id = u.organization_id
            WHERE e.status = 'ACTIVE' AND COALESCE(e.due_at, c.due_at) < :now
              AND o.path LIKE (SELECT r.path FROM organizations r WHERE r.id = :organizationId) || '%'
            ORDER BY 2, 1""")
    List<OverduePeople.Person> inSubtree(UUID organizationId, Instant now);
}
