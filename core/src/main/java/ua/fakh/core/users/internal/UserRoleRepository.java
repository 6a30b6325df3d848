package ua.fakh.core.users.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRoleRepository extends CrudRepository<UserRoleRow, UUID> {

    List<UserRoleRow> findByUserId(UUID userId);

    List<UserRoleRow> findByUserIdIn(Collection<UUID> userIds);

    void deleteByUserId(UUID userId);
}
