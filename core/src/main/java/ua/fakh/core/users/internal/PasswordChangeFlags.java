package ua.fakh.core.users.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;
import ua.fakh.core.users.OneTimePasswords;

import java.util.Optional;
import java.util.UUID;

/**
 * The {@code users.password_change_required} column, apart from {@link UserRow}: only these two
 * statements touch it, so saving a user row never resets it by accident.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class PasswordChangeFlags implements GenericRepository<UserRow, UUID>, OneTimePasswords {

    @Query("UPDATE users SET password_change_required = :required WHERE id = :userId")
    abstract void set(UUID userId, boolean required);

    @Query("SELECT password_change_required FROM users WHERE id = :userId")
    abstract Optional<Boolean> find(UUID userId);

    @Override
    @Transactional(readOnly = true)
    public boolean changeRequired(UUID userId) {
        return find(userId).orElse(false);
    }
}
