package ua.fakh.courses.meetings.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckinRepository extends CrudRepository<CheckinRow, UUID> {

    Optional<CheckinRow> findFirstByCodeIdInAndUserId(Collection<UUID> codeIds, UUID userId);

    List<CheckinRow> findBySessionIdOrderByCheckedAt(UUID sessionId);
}
