package ua.fakh.courses.enrollment.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AttendanceRepository extends CrudRepository<AttendanceRow, UUID> {

    Optional<AttendanceRow> findBySessionIdAndEnrollmentId(UUID sessionId, UUID enrollmentId);

    List<AttendanceRow> findBySessionIdIn(Collection<UUID> sessionIds);

    List<AttendanceRow> findByEnrollmentId(UUID enrollmentId);

    /** Which of these sessions have attendance from a measurement (a provider's report) at all. */
    List<UUID> findDistinctSessionIdBySessionIdInAndSource(Collection<UUID> sessionIds, String source);
}
