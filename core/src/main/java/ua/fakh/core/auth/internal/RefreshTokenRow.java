package ua.fakh.core.auth.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("refresh_tokens")
record RefreshTokenRow(@Id UUID id, String tokenHash, UUID userId, Instant createdAt, Instant expiresAt,
                       @Nullable Instant revokedAt) {
}
