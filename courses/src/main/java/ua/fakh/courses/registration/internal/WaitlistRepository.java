package ua.fakh.courses.registration.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WaitlistRepository extends CrudRepository<WaitlistRow, UUID> {

    List<WaitlistRow> findByCohortIdOrderByPosition(UUID cohortId);

    Optional<WaitlistRow> findByCohortIdAndUserId(UUID cohortId, UUID userId);

    long countByCohortId(UUID cohortId);

    List<WaitlistRow> findByUserIdOrderByCohortId(UUID userId);

    /** How many wait ahead of a position. */
    long countByCohortIdAndPositionLessThan(UUID cohortId, long position);
}
