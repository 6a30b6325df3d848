package ua.fakh.courses.enrollment.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRepository extends CrudRepository<SessionRow, UUID> {

    List<SessionRow> findByCohortIdOrderByStartsAt(UUID cohortId);

    List<SessionRow> findByCohortIdIn(Collection<UUID> cohortIds);

    /** The sessions of these cohorts from {@code from} on, earliest first. */
    List<SessionRow> findByCohortIdInAndStartsAtGreaterThanEqualsOrderByStartsAt(Collection<UUID> cohortIds, java.time.Instant from);
}
