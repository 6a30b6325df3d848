package ua.fakh.core.users.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import ua.fakh.core.users.PersonName;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends CrudRepository<UserRow, UUID> {

    Optional<UserRow> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserRow> findByIdIn(Collection<UUID> ids);

    /** Three columns, no roles: the names on a course page cost one short read (perf/README.md, "Session 13"). */
    List<PersonName> queryByIdIn(Collection<UUID> ids);

    /** Of these users, those without a password: invited, not yet accepted. */
    List<UserRow> findByIdInAndPasswordHashIsNull(Collection<UUID> ids);

    /** Users whose organization path starts with {@code pathPrefix} (a subtree) and whose name or e-mail matches. */
    @Query(value = """
            SELECT u.* FROM users u JOIN organizations o ON o.id = u.organization_id
            WHERE u.search_text LIKE :pattern AND o.path LIKE :pathPrefix
            ORDER BY u.full_name, u.id""",
            countQuery = """
            SELECT count(*) FROM users u JOIN organizations o ON o.id = u.organization_id
            WHERE u.search_text LIKE :pattern AND o.path LIKE :pathPrefix""")
    Page<UserRow> search(String pattern, String pathPrefix, Pageable pageable);

    @Query("SELECT path FROM organizations WHERE id = :organizationId")
    Optional<String> organizationPath(UUID organizationId);
}
