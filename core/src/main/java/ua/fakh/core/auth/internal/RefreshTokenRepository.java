package ua.fakh.core.auth.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends CrudRepository<RefreshTokenRow, UUID> {

    Optional<RefreshTokenRow> findByTokenHash(String tokenHash);

    @Query("UPDATE refresh_tokens SET revoked_at = :now WHERE token_hash = :tokenHash AND revoked_at IS NULL")
    int revokeByHash(String tokenHash, Instant now);

    /** Uses a token up: only one of two requests racing with the same token gets 1. */
    @Query("UPDATE refresh_tokens SET revoked_at = :now, replaced_at = :now WHERE token_hash = :tokenHash AND revoked_at IS NULL")
    int markReplaced(String tokenHash, Instant now);

    @Query("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(UUID familyId, Instant now);

    @Query("UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAllOf(UUID userId, Instant now);
}
