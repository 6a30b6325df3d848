package ua.fakh.core.users.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and updates only; an account is created by {@link UserRepository}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserFactsRepository extends GenericRepository<UserFactsRow, UUID> {

    Optional<UserFactsRow> findById(UUID id);

    List<UserFactsRow> findByIdIn(Collection<UUID> ids);

    UserFactsRow update(UserFactsRow row);
}
