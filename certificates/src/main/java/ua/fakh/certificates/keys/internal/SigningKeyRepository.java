package ua.fakh.certificates.keys.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningKeyRepository extends CrudRepository<SigningKeyRow, UUID> {

    Optional<SigningKeyRow> findByKidAndActive(String kid, boolean active);

    List<SigningKeyRow> findByPurposeAndActive(String purpose, boolean active);

    /** The provider's signing keys, newest first: the newest signs, the older stay published for what they signed. */
    List<SigningKeyRow> findByProviderIdAndPurposeAndActiveOrderByCreatedAtDesc(UUID providerId, String purpose, boolean active);

    /** Two nodes making the same key at once: the first insert wins, the other reads it back. */
    @Query("""
            INSERT INTO signing_keys (id, provider_id, kid, purpose, encrypted, certificate, created_at, active)
            VALUES (:id, :providerId, :kid, :purpose, :encrypted, :certificate, :createdAt, TRUE) ON CONFLICT DO NOTHING""")
    void insertIfAbsent(UUID id, @Nullable UUID providerId, String kid, String purpose, String encrypted, String certificate,
                        Instant createdAt);
}
