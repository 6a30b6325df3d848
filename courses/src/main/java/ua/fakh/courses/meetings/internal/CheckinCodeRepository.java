package ua.fakh.courses.meetings.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckinCodeRepository extends CrudRepository<CheckinCodeRow, UUID> {

    List<CheckinCodeRow> findBySessionIdAndCode(UUID sessionId, String code);

    /** The code being shown now (the latest opened, when the host opened several). */
    Optional<CheckinCodeRow> findFirstBySessionIdAndClosesAtGreaterThanOrderByOpensAtDesc(UUID sessionId, Instant now);
}
