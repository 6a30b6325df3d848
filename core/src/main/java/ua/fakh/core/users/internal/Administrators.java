package ua.fakh.core.users.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import ua.fakh.core.errors.ConflictException;

import java.util.List;
import java.util.UUID;

/**
 * The installation always keeps an active administrator. Two administrators demoting or disabling
 * each other at once must not both succeed: the active administrators' rows are locked first, and
 * only then counted (a new statement, so it sees what the other transaction committed).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class Administrators implements GenericRepository<UserRow, UUID> {

    @Query("SELECT * FROM users WHERE status = 'ACTIVE' AND id IN (SELECT user_id FROM user_roles WHERE role = 'ADMIN') ORDER BY id FOR UPDATE")
    abstract List<UserRow> lockActive();

    @Query("SELECT count(*) FROM users WHERE status = 'ACTIVE' AND id <> :except AND id IN (SELECT user_id FROM user_roles WHERE role = 'ADMIN')")
    abstract long countActiveOtherThan(UUID except);

    /** Refuses (409) to take the ADMIN role or the access of {@code userId} when nobody else would keep them. */
    void checkNotLast(UUID userId) {
        lockActive();
        if (countActiveOtherThan(userId) == 0) {
            throw new ConflictException("problem.user.lastAdmin");
        }
    }
}
