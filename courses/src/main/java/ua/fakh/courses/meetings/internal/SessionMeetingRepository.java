package ua.fakh.courses.meetings.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionMeetingRepository extends GenericRepository<SessionMeetingRow, UUID> {

    Optional<SessionMeetingRow> findById(UUID id);
}
