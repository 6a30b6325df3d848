package ua.fakh.core.users.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CallerRowRepository extends GenericRepository<CallerRow, UUID> {

    Optional<CallerRow> findById(UUID id);

    /** One statement, so two events at once both count and no older value is ever written back. */
    @Query("UPDATE users SET session_version = session_version + 1 WHERE id = :id")
    int raiseSessionVersion(UUID id);
}
