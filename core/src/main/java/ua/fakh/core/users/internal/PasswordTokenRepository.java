package ua.fakh.core.users.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import ua.fakh.core.users.PasswordLinkPurpose;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordTokenRepository extends CrudRepository<PasswordTokenRow, UUID> {

    Optional<PasswordTokenRow> findByTokenHash(String tokenHash);

    /** Uses the token up if it still works: of two requests racing with one token, exactly one gets 1. */
    @Query("""
            UPDATE password_tokens SET used_at = :now
            WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now""")
    int use(String tokenHash, Instant now);

    /** A newer link replaces the older unused ones of the same purpose. */
    @Query("DELETE FROM password_tokens WHERE user_id = :userId AND purpose = :purpose AND used_at IS NULL")
    void deleteUnused(UUID userId, PasswordLinkPurpose purpose);

    /** Once a password is chosen, no other link of the person's works any more. */
    @Query("UPDATE password_tokens SET used_at = :now WHERE user_id = :userId AND used_at IS NULL")
    void useAllOf(UUID userId, Instant now);

    /** Links used or expired a day ago serve no one (a day keeps "used" apart from "unknown" in the logs). */
    @Query("DELETE FROM password_tokens WHERE expires_at < :before")
    void deleteExpiredBefore(Instant before);
}
