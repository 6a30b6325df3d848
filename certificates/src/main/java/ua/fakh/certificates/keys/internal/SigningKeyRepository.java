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

    /** The provider's keys that may still sign, newest first. */
    List<SigningKeyRow> findByProviderIdAndPurposeAndActiveAndRevokedAtIsNullOrderByCreatedAtDesc(UUID providerId,
                                                                                                  String purpose, boolean active);

    List<SigningKeyRow> findByPurposeAndActiveAndRevokedAtIsNull(String purpose, boolean active);

    /** Every key the installation CA or an operator ever stored: what OCSP and the CRL speak about. */
    List<SigningKeyRow> findByRevokedAtIsNotNull();

    Optional<SigningKeyRow> findByKid(String kid);

    /** Revokes once: a second call (or another node's) leaves the first time. */
    @Query("UPDATE signing_keys SET revoked_at = :revokedAt WHERE kid = :kid AND revoked_at IS NULL")
    long revoke(String kid, Instant revokedAt);

    /** Two nodes making the same key at once: the first insert wins, the other reads it back. */
    @Query("""
            INSERT INTO signing_keys (id, provider_id, kid, purpose, encrypted, certificate, created_at, active)
            VALUES (:id, :providerId, :kid, :purpose, :encrypted, :certificate, :createdAt, TRUE) ON CONFLICT DO NOTHING""")
    void insertIfAbsent(UUID id, @Nullable UUID providerId, String kid, String purpose, String encrypted, String certificate,
                        Instant createdAt);
}
