package ua.fakh.core.auth.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One refresh token (only its hash); {@code familyId} is the first token of its login, {@code replacedAt} set once it was used. */
@MappedEntity("refresh_tokens")
record RefreshTokenRow(@Id UUID id, String tokenHash, UUID userId, Instant createdAt, Instant expiresAt,
                       @Nullable Instant revokedAt, UUID familyId, @Nullable Instant replacedAt) {
}
