package ua.fakh.courses.attendance.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MarkRepository extends CrudRepository<MarkRow, UUID> {

    List<MarkRow> findBySessionId(UUID sessionId);

    Optional<MarkRow> findBySessionIdAndEnrollmentId(UUID sessionId, UUID enrollmentId);
}
